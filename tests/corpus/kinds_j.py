# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_j.py - style J: the 信息通信分公司 (信通公司) of a provincial power grid company.

An eighth author voice for the accuracy corpus, used only by the J shares.  The 信通公司 runs the
省电力公司's IT and communication networks and, as a service, security operations for the 地市供电公司
and for 发电/新能源 customers: that is why it applies for the CCRC 安全运维服务资质, and such a
customer is the form's customer.  Its people write as a grid company's 运行 and 检修 staff do: 管理规定
and 实施细则 with 企业标准 numbers (Q/XXDW-XT …) issued by 通知 with 信通〔2026〕N号, a 规章制度汇编 whose
chapters are several 规定, 标准化作业指导书 (SOP) and an 作业指导书汇编; 两票三制 (工作票、操作票、交接班、
巡回检查、设备定期试验轮换); 检修计划 and 检修申请单; 缺陷管理 (缺陷记录, 消缺); 运行日志 with a 类型 column;
值班记录; 反事故演练 and 联合反事故演习; 安全日活动; 隐患排查治理; 等保/关基 测评; 护网 行动; 月度/季度 运行分析
报告 with 可用率 and 缺陷消除率; SG-style system names.  Folders by 部门 (安全质量部, 运维检修部, 网络安全中心,
调度监控中心, 综合管理部) and by year and month.  Written from the form's 需提供证明材料, not from kinds*.py's
rules or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's short name (folder), the company's abbreviation for 文号, the 企标 prefix
J_INFO = {
    "j1": ("临江供电", "东电信通", "Q/DYDW-XT"),
    "j2": ("北岭风电", "冀电信通", "Q/JBDW-XT"),
    "j3": ("湘南供电", "湘电信通", "Q/XNDW-XT"),
    "j4": ("滨海光伏", "闽电信通", "Q/MHDW-XT"),
    "j5": ("来宾供电", "浙电信通", "Q/ZJDW-XT"),
    "j6": ("崇左风电", "皖电信通", "Q/AHDW-XT"),
    "j7": ("遵义供电", "赣电信通", "Q/JXDW-XT"),
    "j8": ("六盘光伏", "鄂电信通", "Q/HBDW-XT"),
    "j9": ("安顺供电", "豫电信通", "Q/HNDW-XT"),
    "j10": ("曲靖风电", "鲁电信通", "Q/SDDW-XT"),
    "j11": ("玉溪供电", "晋电信通", "Q/SXDW-XT"),
    "j12": ("保山光伏", "吉电信通", "Q/JLDW-XT"),
    "j13": ("昭通供电", "桂电信通", "Q/GXDW-XT"),
    "j14": ("丽江风电", "黔电信通", "Q/GZDW-XT"),
    "j15": ("白城供电", "冀电信通", "Q/HEDW-XT"),
    "j16": ("锦州风电", "辽电信通", "Q/LNDW-XT"),
    "j17": ("营口供电", "黑电信通", "Q/HLDW-XT"),
    "j18": ("阜新光伏", "陕电信通", "Q/SNDW-XT"),
    "j19": ("辽阳供电", "甘电信通", "Q/GSDW-XT"),
    "j20": ("盘锦风电", "川电信通", "Q/SCDW-XT"),
    "j21": ("铁岭供电", "渝电信通", "Q/CQDW-XT"),
    "j22": ("朝阳光伏", "琼电信通", "Q/HIDW-XT"),
    "j23": ("葫芦供电", "宁电信通", "Q/NXDW-XT"),
    "j24": ("丹东风电", "青电信通", "Q/QHDW-XT"),
    "j25": ("本溪供电", "蒙电信通", "Q/NMDW-XT"),
    "j26": ("抚顺光伏", "苏电信通", "Q/JSDW-XT"),
    "j27": ("鞍山供电", "闽电信通", "Q/FJDW-XT"),
    "j28": ("齐齐风电", "湘电信通", "Q/HUNDW-XT"),
    "j29": ("牡丹供电", "粤电信通", "Q/GDDW-XT"),
    "j30": ("新余供电", "津电信通", "Q/TJDW-XT"),
    "j31": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j32": ("吉安供电", "京电信通", "Q/BJDW-XT"),
    "j33": ("宜春光伏", "藏电信通", "Q/XZDW-XT"),
    "j34": ("抚州供电", "新电信通", "Q/XJDW-XT"),
    "j35": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j36": ("益阳供电", "辽电信通", "Q/LNDW-XT"),
    "j37": ("郴州光伏", "黑电信通", "Q/HLDW-XT"),
    "j38": ("永州供电", "陕电信通", "Q/SNDW-XT"),
    "j39": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j40": ("娄底供电", "川电信通", "Q/SCDW-XT"),
    "j41": ("十堰光伏", "渝电信通", "Q/CQDW-XT"),
    "j42": ("孝感供电", "琼电信通", "Q/HIDW-XT"),
    "j43": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j44": ("咸宁供电", "青电信通", "Q/QHDW-XT"),
    "j45": ("随州光伏", "蒙电信通", "Q/NMDW-XT"),
    "j46": ("恩施供电", "苏电信通", "Q/JSDW-XT"),
    "j47": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j48": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j49": ("焦作光伏", "粤电信通", "Q/GDDW-XT"),
    "j50": ("濮阳供电", "浙电信通", "Q/ZJDW-XT"),
    "j51": ("宜春光伏", "藏电信通", "Q/XZDW-XT"),
    "j52": ("永州供电", "陕电信通", "Q/SNDW-XT"),
    "j53": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j54": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j55": ("吉安供电", "京电信通", "Q/BJDW-XT"),
    "j56": ("郴州光伏", "黑电信通", "Q/HLDW-XT"),
    "j57": ("孝感供电", "琼电信通", "Q/HIDW-XT"),
    "j58": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j59": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j60": ("益阳供电", "辽电信通", "Q/LNDW-XT"),
    "j61": ("十堰光伏", "渝电信通", "Q/CQDW-XT"),
    "j62": ("恩施供电", "苏电信通", "Q/JSDW-XT"),
    "j63": ("新余供电", "津电信通", "Q/TJDW-XT"),
    "j64": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j65": ("娄底供电", "川电信通", "Q/SCDW-XT"),
    "j66": ("随州光伏", "蒙电信通", "Q/NMDW-XT"),
    "j67": ("濮阳供电", "浙电信通", "Q/ZJDW-XT"),
    "j68": ("抚州供电", "新电信通", "Q/XJDW-XT"),
    "j69": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j70": ("咸宁供电", "青电信通", "Q/QHDW-XT"),
    "j71": ("焦作光伏", "粤电信通", "Q/GDDW-XT"),
    "j72": ("宜春光伏", "藏电信通", "Q/XZDW-XT"),
    "j73": ("永州供电", "陕电信通", "Q/SNDW-XT"),
    "j74": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j75": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j76": ("吉安供电", "京电信通", "Q/BJDW-XT"),
    "j77": ("郴州光伏", "黑电信通", "Q/HLDW-XT"),
    "j78": ("孝感供电", "琼电信通", "Q/HIDW-XT"),
    "j79": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j80": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j81": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j82": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j83": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j84": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j85": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j86": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j87": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j88": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j89": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j90": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j91": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j92": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j93": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j94": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j95": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j96": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j97": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j98": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j99": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j100": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j101": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j102": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j103": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j104": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j105": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j106": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j107": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j108": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j109": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j110": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j111": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j112": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j113": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j114": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j115": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j116": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j117": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j118": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j119": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j120": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j121": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j122": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j123": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j124": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j125": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j126": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j127": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j128": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j129": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j130": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j131": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j132": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j133": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j134": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j135": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j136": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j137": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j138": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j139": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j140": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j141": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j142": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j143": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j144": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j145": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j146": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j147": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j148": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j149": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j150": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j151": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j152": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j153": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j154": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j155": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j156": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j157": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j158": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j159": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j160": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j161": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j162": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j163": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j164": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j165": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j166": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j167": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j168": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j169": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j170": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j171": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j172": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j173": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j174": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j175": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j176": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j177": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j178": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j179": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j180": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j181": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j182": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j183": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j184": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j185": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j186": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j187": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j188": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j189": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j190": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j191": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j192": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j193": ("丽江风电", "黔电信通", "Q/GZDW-XT"),
    "j194": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j195": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j196": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j197": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j198": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j199": ("白城供电", "冀电信通", "Q/HEDW-XT"),
    "j200": ("辽阳供电", "甘电信通", "Q/GSDW-XT"),
    "j201": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j202": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j203": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j204": ("永州供电", "陕电信通", "Q/SNDW-XT"),
    "j205": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j206": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j207": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j208": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j209": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j210": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j211": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j212": ("孝感供电", "琼电信通", "Q/HIDW-XT"),
    "j213": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j214": ("保山光伏", "吉电信通", "Q/JLDW-XT"),
    "j215": ("吉安供电", "京电信通", "Q/BJDW-XT"),
    "j216": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j217": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j218": ("本溪供电", "蒙电信通", "Q/NMDW-XT"),
    "j219": ("郴州光伏", "黑电信通", "Q/HLDW-XT"),
    "j220": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j221": ("临江供电", "东电信通", "Q/DYDW-XT"),
    "j222": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j223": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j224": ("新余供电", "津电信通", "Q/TJDW-XT"),
    "j225": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j226": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j227": ("锦州风电", "辽电信通", "Q/LNDW-XT"),
    "j228": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j229": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j230": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j231": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j232": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j233": ("新余供电", "津电信通", "Q/TJDW-XT"),
    "j234": ("娄底供电", "川电信通", "Q/SCDW-XT"),
    "j235": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j236": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j237": ("辽阳供电", "甘电信通", "Q/GSDW-XT"),
    "j238": ("娄底供电", "川电信通", "Q/SCDW-XT"),
    "j239": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j240": ("吉安供电", "京电信通", "Q/BJDW-XT"),
    "j241": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j242": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j243": ("娄底供电", "川电信通", "Q/SCDW-XT"),
    "j244": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j245": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j246": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j247": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j248": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j249": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j250": ("湘南供电", "湘电信通", "Q/XNDW-XT"),
    "j251": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j252": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j253": ("抚州供电", "新电信通", "Q/XJDW-XT"),
    "j254": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j255": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j256": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j257": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j258": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j259": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j260": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j261": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j262": ("益阳供电", "辽电信通", "Q/LNDW-XT"),
    "j263": ("安阳风电", "闽电信通", "Q/FJDW-XT"),
    "j264": ("随州光伏", "蒙电信通", "Q/NMDW-XT"),
    "j265": ("益阳供电", "辽电信通", "Q/LNDW-XT"),
    "j266": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j267": ("益阳供电", "辽电信通", "Q/LNDW-XT"),
    "j268": ("怀化风电", "甘电信通", "Q/GSDW-XT"),
    "j269": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j270": ("新余供电", "津电信通", "Q/TJDW-XT"),
    "j271": ("葫芦供电", "宁电信通", "Q/NXDW-XT"),
    "j272": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j273": ("鹰潭风电", "沪电信通", "Q/SHDW-XT"),
    "j274": ("六盘光伏", "鄂电信通", "Q/HBDW-XT"),
    "j275": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j276": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j277": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j278": ("濮阳供电", "浙电信通", "Q/ZJDW-XT"),
    "j279": ("宜春光伏", "藏电信通", "Q/XZDW-XT"),
    "j280": ("临江供电", "东电信通", "Q/DYDW-XT"),
    "j281": ("铁岭供电", "渝电信通", "Q/CQDW-XT"),
    "j282": ("邵阳风电", "冀电信通", "Q/HEDW-XT"),
    "j283": ("黄冈风电", "宁电信通", "Q/NXDW-XT"),
    "j284": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
    "j285": ("咸宁供电", "青电信通", "Q/QHDW-XT"),
    "j286": ("鹤壁供电", "湘电信通", "Q/HUNDW-XT"),
}


def notice_head(co, d, n):
    """An issuing 通知's head: the issuer and its 文号."""
    return [("p", "%s文件" % co.name), ("p", "%s〔%d〕%d号" % (co.abbr, d.year, n))]


def std_head(co, d, num):
    return [("p", "%s企业标准" % co.name), ("p", "%s %03d—%d" % (co.qstd, num, d.year)),
            ("p", "%s发布　　%s实施" % (cnd(d), cnd(d + timedelta(days=15))))]


# ------------------------------------------------------------------ 管理规定 / 实施细则

# key -> (title, number, items, sections)
J_RULES = {
    "fault": ("信息通信运行事件（故障）处置管理规定", 101, ["49/incident-procedure"], [
        ("总则", ["规范信息通信系统运行事件（故障）的发现、报告、处置、恢复和分析，适用于公司运维的信息系统、通信网络及为客户提供的运维服务。"]),
        ("事件分级", ["按影响范围和中断时长分为一至八级信息系统事件，对应公司《安全事故调查规程》的定级。"]),
        ("发现与报告", ["调度监控中心值班员发现或接到报障后立即记入运行日志，5分钟内通知运维检修部专责；五级及以上事件30分钟内报告分管领导。"]),
        ("处置与恢复", ["运维人员按标准化作业指导书处置，需停运或变更的办理工作票；恢复后经报障单位确认，值班员闭环销号。"]),
        ("分析", ["五级及以上事件3个工作日内形成事件分析报告，明确原因、责任和防范措施。"]),
    ]),
    "request": ("信息运维服务请求（工单）管理实施细则", 102, ["49/request-procedure"], [
        ("适用范围", ["规范各单位通过运维服务热线、工单系统提出的账号开通、权限变更、数据调取、终端接入等服务请求。"]),
        ("受理", ["服务台受理后2小时内派单；涉及网络安全策略和权限的请求须经需求单位部门负责人签字确认。"]),
        ("办理与回访", ["办理人记录处理结果，服务台回访请求人后归档；每月统计工单量和及时率。"]),
    ]),
    "problem": ("信息通信问题管理实施细则", 103, ["20/procedure", "37/procedure"], [
        ("目的", ["查找重复发生和原因不明的运行事件的根本原因，从根源上消除缺陷和隐患。"]),
        ("问题的提出", ["三个月内同类缺陷重复发生三次、五级及以上事件、隐患排查发现的系统性问题，由运维检修部立为问题。"]),
        ("分析与解决", ["问题责任人10个工作日内完成根本原因分析，提出临时措施和永久解决方案；需检修的纳入检修计划。"]),
        ("关闭", ["解决方案实施后观察一个月无复发，经专业负责人审核关闭，经验写入运维知识库。"]),
    ]),
    "change": ("信息系统检修管理规定", 104, ["54/procedure"], [
        ("检修分类", ["计划检修、临时检修、紧急抢修；检修即对运行中的信息系统、网络和安全设备的任何变更。"]),
        ("检修计划", ["各专业每月20日前报送次月检修计划，经调度监控中心平衡后发布。"]),
        ("检修申请与审批", ["检修前提交检修申请单，写明检修内容、影响范围、风险分析、安全措施、回退方案；影响客户业务的须经客户书面同意。"]),
        ("实施与验证", ["检修实行工作票制度，在批准的时间窗口内实施；完成后功能验证，失败立即回退，向调度监控中心汇报竣工。"]),
        ("记录", ["检修申请单、工作票和竣工记录归档，台账同步更新。"]),
    ]),
    "knowledge": ("运维知识库管理实施细则", 105, ["21/procedure"], [
        ("知识来源", ["事件处置、缺陷消缺、检修经验、问题分析结果。"]),
        ("编写与审核", ["处置人在工单关闭后3个工作日内提交知识条目，专业负责人审核后发布。"]),
        ("维护", ["每半年清理失效条目。"]),
    ]),
    "slm": ("信息通信服务水平管理规定", 106, ["39/slm-procedure"], [
        ("服务水平的确定", ["与客户签订服务水平协议，明确服务范围、服务时间、运维方式、响应与修复时限和报告方式。"]),
        ("监视与报告", ["每月在运行分析报告中统计服务水平达成情况，未达成项分析原因并制定措施。"]),
        ("评审", ["服务水平协议每年评审一次，客户业务变化时修订。"]),
    ]),
    "secinc": ("网络安全事件应急处置与报告管理规定", 107,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类与分级", ["有害程序、网络攻击、信息破坏、设备设施故障等；分特别重大、重大、较大、一般四级。"]),
        ("报告", ["网络安全中心值班员发现事件后10分钟内报告中心主任；较大及以上事件30分钟内报告公司领导和省电力公司网络安全管理部门，按要求向网信、公安机关报告。"]),
        ("处置", ["研判、遏制（封堵、隔离、断网）、根除、恢复，处置过程记入网络安全事件处置单。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急预案》，应急领导小组统一指挥。"]),
        ("总结", ["事件处置结束后5个工作日内提交处置报告，整改措施纳入隐患排查治理。"]),
    ]),
    "audit": ("管理体系内部审核实施细则", 108, ["61/audit-system", "62/audit-mechanism"], [
        ("审核策划", ["安全质量部每年制定内审方案，覆盖全部部门和过程，内审员不审核本部门。"]),
        ("审核实施", ["审核计划、首次会议、现场审核、不符合项报告、末次会议、整改验证。"]),
        ("结果", ["内审报告提交管理评审。"]),
    ]),
    "monitor": ("信息通信运行指标监测与考核管理规定", 109, ["61/monitoring-process", "62/monitoring-process"], [
        ("指标", ["系统可用率、网络可用率、缺陷消除率、检修计划完成率、工单及时率、客户满意度。"]),
        ("监测", ["调度监控中心实时监测，按月统计，纳入月度运行分析报告。"]),
        ("考核", ["指标未达标的部门制定纠正措施，纳入月度绩效考核。"]),
    ]),
    "improve": ("持续改进管理实施细则", 110, ["65/procedure"], [
        ("改进来源", ["事件分析、内审、管理评审、客户意见、指标未达标、隐患排查。"]),
        ("登记与评估", ["改进建议登记到改进项目台账，按效益、紧迫性、投入评估，分管领导批准。"]),
        ("测量与报告", ["改进项目设定可测量目标，完成后评估效果，每季度在运行分析会上报告。"]),
    ]),
    "training": ("网络安全培训服务工作细则", 111, ["31/training-process"], [
        ("需求与计划", ["每年收集客户及各单位培训需求，编制年度培训计划。"]),
        ("实施", ["集中授课、实操、考试；培训签到和考试成绩归档。"]),
        ("评估", ["课后满意度评价，效果纳入下年计划。"]),
    ]),
    "pentest": ("渗透测试服务作业规范", 112, ["31/pentest-process"], [
        ("授权", ["测试前与客户签订授权书，明确目标、时间窗口、禁止事项。"]),
        ("实施", ["信息收集、漏洞探测、验证利用，禁止拒绝服务类测试，全程记录。"]),
        ("报告与复测", ["出具渗透测试报告，客户整改后复测。"]),
    ]),
}

# formal rules of the working vocabulary that prove none of the form's items
J_OTHER = {
    "tickets": ("信息通信工作票、操作票管理规定", [("工作票", ["信息系统检修、网络设备工作须使用信息工作票，工作负责人、许可人、签发人不得兼任。"]),
                                           ("操作票", ["倒换、切换类操作使用操作票，一人操作一人监护。"])]),
    "shift": ("调度监控值班与交接班管理规定", [("值班", ["7x24小时两人值班，值班期间不得脱岗。"]), ("交接班", ["交接班双方共同检查设备运行状态，在交接班记录上签字。"])]),
    "room": ("信息机房运行管理规定", [("出入", ["非运维人员进入机房须登记并由运维人员陪同。"]), ("环境", ["温度18-27℃，湿度40%-60%。"])]),
}


def rule_doc(co, d, key, n):
    title, num, items, sections = J_RULES[key]
    b = notice_head(co, d, n) + [("p", "关于印发《%s》的通知" % title), ("p", "各部门：现将《%s》印发给你们，请遵照执行。" % title)]
    b += [("title", title)] + std_head(co, d, num)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四五六七八"[i - 1], head)))
        b += [("p", "第%d条 %s" % (i, p)) for p in paras]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = J_OTHER[key]
    b = [("title", title)] + std_head(co, d, 200 + n)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四"[i - 1], head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def compendium(co, d, keys, pdca):
    """规章制度汇编: the management model as its first part (optional), several 规定 as chapters."""
    t = "信息通信运维管理规章制度汇编（%d年版）" % d.year
    b = [("title", t), ("p", "%s安全质量部编　%s" % (co.name, cnd(d))), ("p", "目录（略）")]
    items = []
    n = 0
    if pdca:
        n += 1
        b += [("h1", "第%d篇 运维管理体系总则" % n),
              ("p", "公司运维管理按“策划—实施—检查—改进”（PDCA）循环运行：年度工作计划和服务目录为策划；按规程、两票、检修和事件处置规定实施；"
                    "以月度运行分析、内审和管理评审检查；以隐患排查治理和改进项目台账持续改进。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = J_RULES[k]
        n += 1
        b.append(("h1", "第%d篇 %s（%s %03d）" % (n, title, co.qstd, num)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("compendium", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 标准化作业指导书

SOPS = {
    "fw": ("防火墙安全策略配置", ["核对检修申请单和工作票，确认工作许可。", "导出现有策略备份，记录策略版本。",
                             "按申请逐条配置策略，禁止any-any规则。", "验证业务连通和阻断效果；回退：导入备份策略。"]),
    "iso": ("电力专用横向单向隔离装置运维", ["检查正向、反向隔离装置运行指示灯和告警日志。", "规则变更须经调度监控中心审批。",
                                     "每月导出规则表与台账比对。"]),
    "scan": ("信息系统漏洞扫描", ["扫描前报调度备案，避开业务高峰。", "高危漏洞24小时内通报责任单位，中危7天。", "整改后复扫闭环。"]),
    "av": ("终端防病毒系统运维", ["每日检查病毒库版本和终端在线率。", "每周全网查杀并导出结果。", "发现病毒按应急处置流程隔离终端。"]),
    "log": ("网络安全日志审计", ["每日检查日志源接入情况。", "每周按审计规则分析异常登录和高危操作。", "审计结果形成周报。"]),
}


def sop(co, d, key, n):
    name, steps = SOPS[key]
    t = "%s标准化作业指导书" % name
    b = [("title", t)] + std_head(co, d, 300 + n) + [("h1", "1 适用范围"), ("p", "适用于公司及%s运维的相关设备。" % co.customer),
                                                     ("h1", "2 作业前准备"), ("p", "办理信息工作票，准备工器具和备份介质。"), ("h1", "3 作业步骤")]
    b += [("p", "3.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "4 安全注意事项"), ("p", "严禁无票作业；作业全程监护。")]
    return Doc("sop", t, d, ["11/manuals", "24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "网络安全专业标准化作业指导书汇编"
    b = [("title", t), ("p", "%s运维检修部　%s" % (co.name, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = SOPS[k]
        b.append(("h1", "%d %s作业指导书" % (i, name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ customer service

def survey(co, d, time_req, sec):
    parts = [("一、客户基本情况", "%s位于%s，主要信息系统：%s。" % (co.customer, co.city, "、".join(co.systems)), [])]
    if time_req:
        parts.append(("二、运维服务时间需求", ["网络安全监测7x24小时；迎峰度夏、度冬及保电期间加强值守。", "工作日8:30-17:30现场支持，节假日远程值守。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求及类型", ["安全设备运维、隔离装置运维、日志审计、漏洞扫描与加固、渗透测试、应急响应、等保测评配合。",
                                           "首要需求：满足电力监控系统安全防护规定和等保三级要求。"], ["5/survey"]))
    parts.append(("四、调研方式", "走访客户信息中心、调控中心，结合其“十四五”数字化规划。", []))
    return nar("survey", "%s网络安全运维服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["项目节点", "工作内容", "工作量（人月）", "人员配置", "经费（万元）", "完成时间"]
    rows = [["启动", "需求调研、资产梳理", 1.5, "项目经理、安全工程师", 4.5, iso(d + timedelta(days=20))],
            ["实施", "设备接入、策略梳理", 3, "安全工程师×2", 9.0, iso(d + timedelta(days=60))],
            ["运行", "7x24监测、月度报告", 20, "监测值班员×3", 60.0, iso(d + timedelta(days=365))],
            ["验收", "年度总结", 1, "项目经理", 2.5, iso(d + timedelta(days=380))]]
    return book("budget", "%s网络安全运维服务项目预算表" % co.customer, d, False, [("预算表", head, rows, ["2/budget"])])


def kickoff(co, d):
    parts = [("会议概况", "时间：%s；地点：%s会议室；参加：%s、%s（客户）、%s、%s（信通公司）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(3), co.p(1)), []),
             ("议定事项", ["服务范围为三套系统的安全设备及隔离装置运维、日志审计、漏洞管理和应急响应。", "双方同意服务时间和服务水平按调研报告执行，客户接口人%s。" % co.cp(0),
                         "以上事项经双方签字确认。"], ["3/communication"])]
    return nar("communication", "%s网络安全运维服务项目启动会会议纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = [("背景", "接管前对%s近一年运行数据进行梳理。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、历史数据清单", ("table", [["数据", "来源", "时间范围", "数量"], ["运行日志", "客户值班系统", "近12个月", "4,380条"],
                                              ["缺陷记录", "客户缺陷管理", "近12个月", "212条"], ["检修申请单", "客户OMS", "近12个月", "305份"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、数据分析", ["指标完成：系统可用率99.87%，未达99.9%目标；", "违章操作：无票作业2次、违规外联1次；",
                                 "重大事件：六级信息系统事件1起；", "失败检修：2次检修超时回退。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维策略及实施方案", ["严格两票三制，杜绝无票作业（第1月）；", "部署外联监测（第2月）；", "检修纳入月度计划平衡（第1月起）。"], ["4/strategy"]))
    return nar("history", "%s运行数据分析及运维策略" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("服务范围", "%s：%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("运维方式", "现场驻点（工作日1人）、定期巡视（每日远程、每月现场）、远程监测（7x24）。", ["35/sla"]))
    if health:
        parts.append(("健康检查", "每月远程检查、每季度现场检查，检查设备及系统的可用性、负载和冗余，检查后提交健康检查报告。", ["15/agreement"]))
    if core:
        parts.append(("服务水平与核心指标", ("table", [["指标", "要求"], ["系统可用率", "≥99.9%"], ["紧急事件响应", "15分钟"], ["紧急事件修复", "4小时"],
                                                  ["缺陷消除率", "≥98%"]]), ["36/sla"]))
    parts.append(("签署", "甲方：%s　乙方：%s　%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "网络安全运维服务水平协议", d, False, parts)


def requirements(co, d):
    parts = [("需求来源", "%s新建%s的需求评审。" % (co.customer, co.sys(2)), []),
             ("需求分析", ["功能：数据采集、集中监控；", "性能：并发2000；", "安全：等保三级、安全分区、纵向加密。"], ["11/requirements"]),
             ("确认", "客户确认人：%s（%s）。" % (co.cp(0), iso(d)), [])]
    return nar("requirements", "%s需求分析报告" % co.sys(2), d, True, parts)


def health(co, d):
    parts = [("检查方式", "远程检查与现场检查；范围：%s及安全防护设备。" % "、".join(co.systems), []),
             ("检查结果", ("table", [["对象", "可用性", "负载/冗余", "结论"], ["纵向加密装置", "运行正常", "双机热备正常", "正常"],
                                  [co.sys(0), "可用率99.95%", "CPU峰值61%", "正常"], ["日志审计系统", "运行正常", "磁盘83%", "需扩容"]]),
              ["15/records", "46/records", "44/inspection"])]
    return nar("health", "%s季度健康检查报告（%d年第%d季度）" % (co.customer, d.year, (d.month - 1) // 3 + 1), d, True, parts)


def csat(co, d, half):
    parts = [("调查情况", "向%s信息中心、调控中心发放满意度测评表，回收10份。" % co.customer, []),
             ("测评结果", ("table", [["项目", "得分"], ["响应及时性", 95], ["技术能力", 93], ["服务态度", 97], ["综合满意度", 95]]), ["41/surveys", "58/survey", "63/survey"])]
    return nar("csat", "%d年%s客户满意度测评报告" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("趋势", ("table", [["期次", "综合满意度"], ["2024年下半年", 91], ["2025年上半年", 92], ["2025年下半年", 94], ["2026年上半年", 95]]), ["41/trend"]),
             ("分析", "满意度逐期上升，报告及时性仍需改进。", [])]
    return nar("csat_trend", "客户满意度趋势分析（%d年）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=30 * i)), co.cp(i), ["电话", "现场", "电话"][i % 3], ["满意", "希望缩短报告周期", "满意"][i % 3], co.p(3)] for i in range(4)]
    return book("callbacks", "客户回访记录表", d, True, [("回访", ["回访日期", "客户联系人", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def confirm(co, d):
    parts = [("确认内容", "本月驻点人员%s完成驻点服务22个工作日，客户确认。" % co.vp(0), [])]
    return decoy(nar("confirm", "驻点服务月度确认单（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


# ------------------------------------------------------------------ organisation

def org(co, d, roles):
    parts = [("组织机构", ["网络安全领导小组：组长%s（总经理），成员%s、%s；" % (co.boss, co.p(0), co.p(1)),
                       "运维检修部（%s）、网络安全中心（%s）、调度监控中心（%s）、安全质量部（%s）。" % (co.p(0), co.p(1), co.p(2), co.p(4))], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("安全运维岗位职责", ("table", [["岗位", "职责", "所在部门"], ["值班调度员", "运行监视、事件受理", "调度监控中心"], ["网络安全专责", "设备运维、漏洞管理", "网络安全中心"],
                                                ["检修专责", "检修计划与实施", "运维检修部"], ["工作票签发人", "两票审核", "运维检修部"], ["内审员", "内部审核", "安全质量部"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "组织机构及岗位职责（%d年）" % d.year, d, False, parts)


def staff(co, d, outs):
    head = ["姓名", "部门", "岗位", "用工性质"]
    rows = [[co.p(i), ["运维检修部", "网络安全中心", "调度监控中心", "网络安全中心", "安全质量部", "网络安全中心"][i],
             ["检修专责", "安全专责", "值班调度员", "项目经理", "内审员", "监测值班员"][i], "长期职工"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "网络安全中心（驻点）", "监测值班员", "%s（业务外包）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "运维人员花名册", d, False, [("花名册", head, rows, its)])


def interface(co, d, n):
    parts = [("通知", "经研究，指定%s为公司网络安全管理接口人，负责与%s及上级单位、监管部门的网络安全工作联络；%s为备岗。" % (co.p(1), co.customer, co.p(5)), ["28/interface-person"])]
    return nar("interface", "关于明确网络安全工作接口人的通知", d, False, parts, notice_head(co, d, n))


def desk(co, d, n):
    parts = [("通知", "设立信息通信运维服务台（服务热线及工单系统），统一受理各单位及客户的故障报修、服务请求和网络安全事件报告，7x24小时值守。", ["48/service-desk"]),
             ("人员", "服务台由调度监控中心值班员轮值，%s为负责人。" % co.p(2), [])]
    return nar("desk", "关于设立信息通信运维服务台的通知", d, False, parts, notice_head(co, d, n))


def desk_training(co, d):
    rows = [["培训内容", "服务台岗位培训：工单受理、派单升级、服务用语"], ["时间", cnd(d)], ["授课人", co.p(2)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(5)]
    return Doc("desk_training", "服务台人员岗位培训签到表", d, ["48/training"], True, sheets=[("签到", rows)])


def catalog(co, d, levels):
    rows = [["初始化服务", "资产梳理、接入"], ["安全设备运维", "防火墙、隔离装置、IDS"], ["巡视检查", "每日"], ["健康检查", "每季度"], ["安全审计", "日志审计周报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["网络安全监测分析", "7x24监测"], ["终端安全防护", "防病毒"], ["等保合规运维", "整改配合"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["漏洞预警通报", "周通报"], ["应急响应", "7x24"]]
        its.append("26/catalog")
    return book("catalog", "网络安全运维服务目录（%d年）" % d.year, d, False, [("服务目录", ["服务项目", "内容"], rows, its)])


def ola(co, d, sld):
    parts = [("内部服务水平约定", ["运维检修部对网络安全中心：日志审计系统可用率99.9%，接入申请3个工作日内完成；", "网络安全中心对调度监控中心：高危漏洞24小时内通报。"], ["8/ola"])]
    if sld:
        parts.append(("外包及厂商服务水平", ["%s：7x24响应，硬件故障4小时到场，与对客户承诺的紧急修复4小时一致；" % co.vendor, "电信运营商专线：可用率99.95%。"], ["8/sld"]))
    return nar("ola", "内部服务水平约定及第三方服务水平设计", d, False, parts)


# ------------------------------------------------------------------ 运行 (调度监控中心)

def kpi_list(co, d):
    rows = [["整体", "信息系统综合可用率", "99.9%", "月", "整体指标"], ["整体", "网络可用率", "99.95%", "月", "整体指标"]]
    rows += [[s, "系统可用率", "99.9%", "月", "单系统指标"] for s in co.systems]
    return book("kpi_list", "信息系统可用性指标体系", d, False, [("指标", ["对象", "指标", "目标值", "统计周期", "类别"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年信息系统综合可用率不低于99.9%%。" % d.year, []),
             ("保障措施", ["迎峰度夏前完成核心系统扩容；", "%s双活部署，数据库主备；" % co.sys(0), "重要保电期实行特级值班；", "每季度开展一次反事故演练。"],
              ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年信息系统可用性保障方案" % d.year, d, False, parts, notice_head(co, d, 12))


def run_report(co, d, trend):
    m = d.month - 1 or 12
    rows = [[s, "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)] for s in co.systems]
    parts = [("一、运行指标", ("table", [["系统", "目标", "本月可用率"]] + rows + [["缺陷消除率", "98%", "99.1%"]]), ["22/report", "18/availability-report"]),
             ("二、运行事件", "%s %s 中断23分钟（六级以下），已恢复并分析。" % (iso(d - timedelta(days=12)), co.sys(1)), [])]
    if trend:
        parts.append(("三、趋势分析", ["近六个月可用率99.91%、99.94%、99.92%、99.95%、99.96%、99.95%，总体平稳向好；", "缺陷数量环比下降15%，平均消缺时长由6.2小时降至4.8小时。"],
                      ["50/monitoring-report"]))
    return nar("run_report", "%d年%d月信息通信运行分析报告" % (d.year, m), d, True, parts)


def run_log(co, d, with_resp):
    """运行日志: one 类型 column holds events, defects, 检修 and 交接班."""
    head = ["日期时间", "类型", "系统/设备", "内容", "值班员"] + (["响应时长（分钟）", "要求"] if with_resp else [])
    rows = []
    for i in range(8):
        t = d - timedelta(days=3 * i + 1)
        typ = ["运行事件", "缺陷", "交接班", "运行事件", "检修", "缺陷", "运行事件", "交接班"][i]
        r = ["%s 0%d:%d0" % (iso(t), i % 9, i % 6), typ, co.sys(i), ["中断后恢复", "告警消缺", "交接正常", "性能下降恢复", "按票检修", "风扇告警消缺", "链路闪断", "交接正常"][i], co.p(i % 3)]
        if with_resp:
            r += [3 + i % 5, "紧急≤15"]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if with_resp else [])
    return book("run_log", "运行日志（%d年%d月）" % (d.year, d.month), d, True, [("运行日志", head, rows, its)])


def fault_report(co, d, full):
    parts = [("事件概况", "%s %s 中断41分钟，影响营销业务办理。" % (cnd(d), co.sys(0)), []),
             ("处置经过", ["10:02 监控告警；10:05 值班员通知检修专责；10:20 定位为存储链路故障；10:43 切换备用链路恢复。"], ["22/events", "18/availability-events", "43/process-records"]),
             ("原因分析", "存储光模块老化。", [])]
    if full:
        parts.append(("本季度缺陷及不良事件分析与整改计划", ["本季度重大缺陷3项、检修失败1次、服务水平未达标1个月（%s）；" % co.sys(2),
                                                "整改：光模块批量更换（%s，12月）；检修前增加风险预控（%s）。" % (co.p(0), co.p(2))], ["70/defect-analysis"]))
    parts.append(("防范措施", "开展同型号光模块隐患排查。", []))
    return nar("fault_report", "%s运行事件分析报告" % co.sys(0), d, True, parts)


def automation(co, d, auto):
    parts = [("过往服务数据", "近一年工单2,860张、缺陷212条、安全事件处置64起。", []),
             ("处置方案对生产的影响", ["重启类处置平均中断5分钟；人工封堵IP平均延迟20分钟；巡视占用3人天/周。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("自动化运维建议", ["IP封堵、巡视报告生成可自动化，预计减少人工40%。"], ["7/automation"]))
    return nar("automation", "运维服务数据分析及自动化需求报告", d, True, parts)


def forecast(co, d):
    parts = [("数据", "近一年工单+18%、检修+12%、事件-10%、安全告警+35%。", []),
             ("预测", ["%d年新能源场站接入增加，预计工单增长25%%，日志量增长40%%，需增配监测人员2名。" % (d.year + 1)], ["71/forecast"])]
    return nar("forecast", "%d年运维服务需求预测" % (d.year + 1), d, True, parts)


# ------------------------------------------------------------------ 检修 and 台账 (运维检修部)

def repair_book(co, d):
    rows = [["JX-%d%03d" % (d.year, 40 + i), ["计划检修", "临时检修", "计划检修", "紧急抢修"][i % 4], co.sys(i), "策略调整/版本升级", "回退至原版本",
             ["已竣工", "已竣工", "已回退", "已竣工"][i % 4], co.p(i), iso(d - timedelta(days=5 * i))] for i in range(8)]
    return book("repairs", "检修申请单汇总台账（%d年）" % d.year, d, True,
                [("检修", ["申请单号", "类别", "系统", "检修内容", "回退方案", "结果", "申请人", "日期"], rows, ["54/records", "43/process-records"])])


def upgrade_plan(co, d):
    parts = [("检修内容", "%s 数据库版本升级。" % co.sys(1), []),
             ("测试方案", ["测试环境全量回归；压力测试；安全扫描。"], ["25/test-plan"]),
             ("回退方案", ["保留原数据库实例和全量备份，失败时1小时内回退。"], ["25/rollback", "11/rollback"])]
    return nar("upgrade", "%s升级检修方案" % co.sys(1), d, False, parts)


def baseline(co, d):
    rows = [["操作系统", "禁止root远程登录", "已配置"], ["操作系统", "口令复杂度", "8位以上"], ["数据库", "开启审计", "ON"], ["交换机", "关闭telnet", "仅SSH"]]
    return book("baseline", "信息设备安全配置基线（%d年）" % d.year, d, False, [("基线", ["对象", "检查项", "要求"], rows, ["25/baseline"])])


def compat(co, d):
    parts = [("背景", "服务器操作系统国产化替代。", []),
             ("兼容性测试", ["网络兼容：网卡、链路聚合通过；", "系统兼容：内核、时钟同步通过；", "应用兼容：%s回归通过。" % co.sys(1)], ["11/compatibility"])]
    return nar("compat", "操作系统国产化替代兼容性测试报告", d, True, parts)


def ledger(co, d, rel):
    head = ["编号", "设备名称", "类型", "型号", "用途", "安装位置", "端口", "部署", "重要程度", "责任人"]
    rows = [["XT-%04d" % (100 + i), n, t, m, f, "%s%s" % (co.city, loc), p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate([
        ("管理信息大区边界防火墙", "防火墙", "USG6650", "边界防护", "信通机房A列", "GE0/0/1", "双机", "重要"),
        ("正向隔离装置", "隔离装置", "SysKeeper-2000", "生产/管理大区隔离", "信通机房B列", "eth0-1", "主备", "关键"),
        ("日志审计系统", "审计", "LA-3000", "日志审计", "信通机房A列", "514", "单机", "重要"),
        (co.sys(0), "应用服务器", "鲲鹏920", "业务", "信通机房C列", "8080", "集群", "关键"),
        (co.sys(1), "数据库", "达梦DM8", "业务", "信通机房C列", "5236", "主备", "关键")])]
    sheets = [("设备台账", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("管理要求", ["项", "要求"], [["保密", "台账按密级管理，IP地址等敏感信息不外发"], ["权限", "仅运维检修部维护，修改留痕"], ["备份", "每月备份"]], [])]
    if rel:
        sheets.append(("拓扑关系", ["设备", "关系", "关联设备"], [["管理信息大区边界防火墙", "防护", co.sys(0)], [co.sys(0), "依赖", co.sys(1)],
                                                          ["日志审计系统", "采集", "正向隔离装置"]], ["38/cmdb-relations"]))
    return book("ledger", "信息设备台账", d, True, sheets)


def ledger_changes(co, d):
    rows = [[iso(d - timedelta(days=10 * i)), "XT-%04d" % (100 + i), ["型号", "软件版本", "责任人", "端口"][i % 4], "JX-%d%03d" % (d.year, 40 + i), co.p(i)] for i in range(6)]
    return book("ledger_changes", "台账变更记录", d, True, [("变更记录", ["日期", "设备编号", "变更项", "检修单号", "变更人"], rows, ["43/ci-updates"])])


def kb(co, d):
    rows = [["ZS-%03d" % (10 + i), t, co.p(i), iso(d - timedelta(days=25 * i))] for i, t in enumerate(
        ["隔离装置规则不生效处理", "防火墙会话满处理", "日志源中断排查", "数据库主备切换", "证书到期处理"])]
    return book("kb", "运维知识库条目清单", d, True, [("知识库", ["编号", "标题", "编写人", "发布日期"], rows, ["21/knowledge-base"])])


def workbook(co, d, kinds, hw):
    """网络安全设备运维记录: one workbook, one sheet per record kind."""
    names = {"maint": ("日常维护记录", ["14/maintenance", "44/maintenance"]), "insp": ("巡视检查记录", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒库升级及查杀记录", ["44/virus-scan", "45/antivirus"]), "defect": ("缺陷及消缺记录", ["44/faults"]),
             "upgrade": ("版本升级记录", ["44/upgrades"])}
    sheets = []
    for i, k in enumerate(kinds):
        rows = [[iso(d - timedelta(days=9 * i + 4 * j)), ["边界防火墙", "正向隔离装置", "IDS"][j % 3], "%s：正常完成" % names[k][0][:-2], co.p(1 + j)] for j in range(3)]
        sheets.append((names[k][0][:-2], ["日期", "设备", "内容", "工作人员"], rows, names[k][1]))
    if hw:
        sheets.append(("硬件故障统计", ["设备", "故障部件", "次数", "处理"], [["边界防火墙", "电源模块", 1, "更换"], ["IDS", "硬盘", 2, "更换"]], ["14/hardware-faults"]))
    return book("workbook", "网络安全设备运维记录（%d年）" % d.year, d, True, sheets)


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置信息", ["设备", "采集项", "值", "时间"], [["边界防火墙", "策略条数", 386, iso(d)], ["正向隔离装置", "规则条数", 42, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量信息", ["链路", "入向峰值", "出向峰值", "日期"], [["互联网出口", "1.8Gbps", "0.6Gbps", iso(d)], ["调度数据网", "210Mbps", "190Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("运行状态", ["设备", "CPU", "内存", "状态"], [["边界防火墙", "28%", "41%", "主用"], ["IDS", "35%", "52%", "正常"]], ["16/status"]))
    return book("collect", "网络安全监测信息采集表", d, True, sheets)


# ------------------------------------------------------------------ 网络安全中心

def log_audit(co, d):
    parts = [("审计范围", "网络及安全设备、服务器操作系统、数据库和应用系统日志。", []),
             ("审计结果", ["异常登录9次，均核实为运维人员；", "外部扫描攻击1,860次，已封堵；", "高危操作2次，均有检修单。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "网络安全日志审计周报（%s）" % iso(d), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("事件统计", ("table", [["类别", "起数", "较大及以上"], ["网络攻击", 19, 0], ["有害程序", 4, 0], ["信息破坏", 1, 1]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["网络攻击集中在护网期间；", "1起信息破坏事件源于测试环境弱口令，已整改。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年第%d季度网络安全事件统计分析" % (d.year, q), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞预警", "CVE-2026-%04d（中间件远程代码执行）影响%s，已排查整改。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒情况", "勒索病毒新变种在能源行业传播，防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("三、政策法规与行业动态", "《关键信息基础设施安全保护条例》配套标准发布；行业通报数据泄露事件1起。", ["52/policy"]),
                  ("四、分析与工作要求", "该漏洞已被在野利用，各单位本周内完成排查。", ["52/analysis"])]
    return nar("bulletin", "网络安全情况通报（%d年第%d期）" % (d.year, n), d, True, parts, notice_head(co, d, 60 + n))


def pentest_plan(co, d):
    parts = [("计划", ["二季度：%s；三季度：%s；四季度：%s。" % tuple(co.systems[:3]), "护网行动前开展一次全面渗透测试。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试工作计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("测试概况", "授权范围：%s；时间：%s至%s；测试人员：%s、%s。" % (co.sys(1), iso(d - timedelta(days=4)), iso(d), co.p(5), co.vp(0)), []),
             ("发现问题", ("table", [["编号", "漏洞", "风险", "状态"], ["1", "越权访问", "高", "已整改"], ["2", "弱口令", "中", "已整改"]]), ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(1), d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "内容", "负责人", "计划完成"], ["自动封堵模块", "告警联动封堵", co.p(1), "%d年3月" % (d.year + 1)],
                                  ["资产探测工具", "暴露面发现", co.p(5), "%d年6月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年网络安全工具研发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结论", "业务信息安全等级三级、系统服务安全等级三级，定为第三级，已备案。", ["51/grading"])]
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("定级原则", ["依据GB/T 22240-2020，按受侵害客体和侵害程度确定等级；", "电力监控系统及关键信息基础设施原则上不低于第三级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "信息系统安全等级保护定级工作细则", d, False, parts, std_head(co, d, 140))


def emergency_plan(co, d, recovery):
    parts = [("总则", "依据《网络安全法》《电力安全事故应急处置和调查处理条例》，适用于公司及服务客户的网络安全事件应急处置。", []),
             ("组织机构", "应急领导小组（组长总经理）、应急办公室（网络安全中心）、技术处置组。", []),
             ("应急响应", ["监测预警、事件研判、分级响应、处置、信息报送。", "较大及以上事件30分钟内启动响应。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复", ["核心系统恢复时间目标1小时、数据恢复点目标15分钟；切换灾备系统、备份恢复。"], ["36/recovery-plan", "55/plan"]))
    return nar("emergency_plan", "网络安全事件应急预案", d, False, parts, std_head(co, d, 150))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复步骤", ["RTO 2小时、RPO 30分钟；", "主中心故障：切换至同城灾备中心，数据库切换，验证业务。"], ["36/recovery-plan"])]
    return nar("dr_plan", "信息系统灾备恢复预案", d, False, parts, std_head(co, d, 151))


def bcp(co, d):
    parts = [("业务影响分析", "%s最大可容忍中断2小时。" % co.sys(0), []),
             ("连续性策略", ["同城灾备、异地备份、特级保电值班；", "关键厂商备件库。"], ["42/bcp"])]
    return nar("bcp", "信息系统业务连续性计划", d, False, parts, std_head(co, d, 152))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s灾备切换演练记录" % co.sys(0), ["40/recovery-drill"], ["09:00 主中心停运；09:08 灾备中心接管；09:26 业务验证正常，数据无丢失。"]
    else:
        t, its, body = "网络安全联合反事故演习记录", ["40/emergency-drill", "53/drill"], ["模拟勒索病毒感染及网站篡改；14:02 发现，14:06 上报，14:15 隔离，14:50 恢复。"]
    parts = [("演练概况", "时间：%s；参演：%s、%s、%s及%s；方式：实战。" % (cnd(d), co.p(0), co.p(1), co.p(2), co.customer), []),
             ("演练过程", body, its), ("评估", ["信息报送延迟3分钟，已修订报送流程。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 安全质量部: 指标, 改进, 审核

def metrics(co, d):
    names = ["异常报告及时率", "异常漏报率", "检修计划完成率", "隐患发现数", "异常主动发现率", "问题解决率", "漏洞扫描覆盖率", "安全加固覆盖率", "补丁安装及时率", "网络安全事件数"]
    vals = ["99.1%", "0.3%", "97.5%", "15", "92%", "94%", "100%", "97%", "95%", "2"]
    rows = [[n, v, "%d年%d月" % (d.year, d.month - 1 or 1)] for n, v in zip(names, vals)]
    return book("metrics", "运维指标统计表", d, True, [("指标", ["指标", "数值", "月份"], rows, ["56/data"])])


def assess(co, d, capa):
    sheets = [("指标考核", ["指标", "目标", "实际", "是否达标"], [["服务水平达成率", "100%", "95%", "否"], ["客户满意度", "95", "95", "是"], ["缺陷消除率", "98%", "99.1%", "是"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "责任人", "验证"], [["JZ-%d-03" % d.year, "服务水平未达标", "链路切换慢", "增加双链路；开展演练", co.p(0), "已验证有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("assess", "%d年第%d季度运维指标考核及纠正措施" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def hazards(co, d):
    parts = [("隐患排查", "结合运行分析和反事故演练识别潜在隐患：光模块老化、单电源设备、证书到期。", []),
             ("治理措施", ("table", [["隐患", "预防措施", "责任人", "期限"], ["单电源设备", "加装双电源", co.p(0), "%d年12月" % d.year], ["证书到期", "到期前30天预警", co.p(1), "%d年10月" % d.year]]),
              ["66/preventive-actions"])]
    return nar("hazards", "%d年隐患排查治理工作报告" % d.year, d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "平均消缺时长降至4小时；服务水平达成率100%；满意度≥96。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进项目评价标准", "按效益（40%）、紧迫性（30%）、投入（30%）评分，70分以上立项，分管领导批准，每季度测量并报告。", ["64/criteria"]))
    return nar("improve_plan", "%d年运维服务持续改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, scored, tracked):
    sheets = []
    rows = [["GJ-%02d" % i, t, s, "批准（%s）" % co.boss if s >= 70 else "暂缓"] for i, (t, s) in enumerate([("自动封堵", 88), ("巡视报告自动生成", 76), ("值班系统更换", 52)], 1)]
    if scored:
        sheets.append(("评估排序", ["编号", "改进项目", "评分", "审批"], rows, ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("实施跟踪", ["编号", "目标", "进度", "效果测量", "报告"], [["GJ-01", "封堵时长<3分钟", "已完成", "平均2.1分钟", "第三季度运行分析会"]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("评估排序", ["编号", "改进项目", "评分", "审批"], [], []))
    return book("improve_ledger", "改进项目台账", d, True, sheets)


def safety_day(co, d):
    rows = [["安全日活动记录"], ["活动主题", "持续改进意识：从缺陷分析到隐患治理"], ["时间", cnd(d)], ["主持人", co.p(0)], ["参加人员", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("safety_day", "安全日活动记录（持续改进）", d, ["69/awareness-training"], True, sheets=[("记录", rows)])


def internal_audit(co, d):
    parts = [("审核依据与范围", "依据ISO/IEC 20000-1、ISO/IEC 27001及服务水平协议，覆盖全部部门。", []),
             ("审核发现", ["不符合项2项：检修申请单回退方案缺失1份；知识条目未审核2条。", "观察项3项。"], ["59/internal-audit"]),
             ("审核结论", "体系运行基本有效。", [])]
    return nar("audit", "%d年管理体系内部审核报告" % d.year, d, True, parts)


def mgmt_review(co, d, inputs):
    parts = [("会议概况", "%s，主持：%s；议题：一、体系运行情况；二、年度安全生产工作；三、迎峰度冬准备。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务和过程的执行情况及符合性", "服务水平达成率95%，检修计划完成率97.5%，内审不符合项已整改。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "满意度95分，客户意见1条（报告周期）。", ["60/customer-feedback"]),
             "res": ("资源情况及预测", "现有监测值班员9人，明年新能源客户增加需增2人。", ["60/resources"]),
             "ca": ("纠正措施", "纠正措施6项，已关闭5项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变化", "数据中心搬迁、关基保护新要求。", ["60/changes"]),
             "imp": ("改进建议", "自动封堵、巡视报告自动生成。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    return nar("mgmt_review", "%d年度管理评审会议纪要" % d.year, d, True, parts)


# ------------------------------------------------------------------ working documents that prove nothing

def shift_log(co, d):
    rows = [[iso(d + timedelta(days=i)), ["白班", "夜班"][i % 2], co.p(i % 3), co.p(3 + i % 3), "设备运行正常，无遗留"] for i in range(6)]
    return Doc("shift", "调度监控值班及交接班记录", d, [], True, sheets=[("交接班", [["交接班记录 %d年%d月" % (d.year, d.month)], ["日期", "班次", "交班人", "接班人", "交接内容"]] + rows)])


def ticket_stats(co, d):
    rows = [[["1月", "2月", "3月", "4月", "5月", "6月"][i], 40 + i, 12 + i, "100%"] for i in range(6)]
    return Doc("tickets", "两票合格率统计", d, [], True, sheets=[("两票", [["%d年上半年两票合格率统计" % d.year], ["月份", "工作票（张）", "操作票（张）", "合格率"]] + rows)])


def hw_action(co, d):
    """护网 行动 保障方案: duty arrangements for an exercise, no response plan and no record."""
    parts = [("工作目标", "护网行动期间确保不发生被攻破、数据泄露事件。", []), ("值守安排", "7x24小时三班值守，%s任值班长。" % co.p(1), []),
             ("工作要求", "各单位按《网络安全事件应急预案》处置，每日17时报送日报。", [])]
    return nar("hw", "%d年护网行动网络安全保障工作方案" % d.year, d, False, parts, notice_head(co, d, 33))


def weekly_meeting(co, d):
    parts = [("一、上周工作", "完成检修6项、消缺9项。", []), ("二、本周安排", "迎峰度冬前巡视。", []), ("三、安全提示", "严禁无票作业。", [])]
    return nar("weekly", "运维检修部周例会纪要（%s）" % iso(d), d, True, parts)


def near_miss_kpi(co, d):
    rows = [[co.p(i), "演练记录完整率、检修记录完整率、满意度测评完成率", "%d" % (85 + i)] for i in range(5)]
    return decoy(Doc("kpi", "%d年员工绩效考核表" % d.year, d, [], True, sheets=[("考核", [["员工绩效考核"], ["姓名", "考核项", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


def drill_plan(co, d):
    parts = [("目的", "检验《网络安全事件应急预案》。", []), ("场景", "勒索病毒感染及网站篡改。", []), ("安排", "计划于%s举行。" % cnd(d + timedelta(days=20)), [])]
    return decoy(nar("drill_plan", "网络安全联合反事故演习方案", d, False, parts), "drill plan, neither the plan nor the record")


def signin(co, d, plan):
    rows = [["学习主题", "《%s》宣贯学习" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》学习签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def rule_list(co, d, cites):
    b = notice_head(co, d, 5) + [("title", "关于公布现行有效规章制度目录的通知"), ("p", "经清理，公司现行有效的运维管理制度如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "以上制度请各部门组织学习并遵照执行。")]
    return decoy(Doc("rulelist", "关于公布现行有效规章制度目录的通知", d, [], False, b), "notice citing procedures by 《》")


def rule_register(co, d, cites):
    rows = [[i, c, "%s %03d" % (co.qstd, 100 + i), "现行"] for i, c in enumerate(cites, 1)]
    return decoy(Doc("register", "规章制度清单", d, [], True, sheets=[("清单", [["规章制度清单 %d" % d.year], ["序号", "名称", "标准号", "状态"]] + rows)]),
                 "list of document names")


def mr_rule(co, d):
    b = [("title", "管理评审实施细则")] + std_head(co, d, 160) + [("h1", "第一章 频次"), ("p", "每年至少一次。"), ("h1", "第二章 输入"),
                                                            ("p", "客户反馈、服务和过程的执行情况、资源、纠正措施、可能影响服务的变化、改进建议。"), ("h1", "第三章 输出"), ("p", "管理评审报告。")]
    return decoy(Doc("mrproc", "管理评审实施细则", d, [], False, b), "procedure, not the review record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会，请各部门准备服务执行情况、客户反馈、资源、纠正措施和改进建议材料。" % cnd(d + timedelta(days=14)), [])]
    return decoy(nar("mrnotice", "关于召开%d年度管理评审会的通知" % d.year, d, True, parts, notice_head(co, d, 88)), "meeting notice, not the review record")


UNRELATED_J = [
    ("党建", "%d年党支部“三会一课”计划", ["每月召开支部党员大会。", "每季度讲党课一次。"]),
    ("工会", "%d年职工运动会通知", ["项目：拔河、乒乓球。", "请各分会报名。"]),
    ("营销", "%d年电费回收工作安排", ["月度电费回收率100%。", "加强欠费催收。"]),
    ("基建", "%d年通信光缆基建工程进度汇报", ["新建OPGW光缆120公里。", "完成投资率78%。"]),
    ("综合", "%d年公务用车管理办法", ["用车须提前一天申请。", "严禁公车私用。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_J[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a J share: 安全质量部/ (规章制度, 内审, 管理评审, 改进), 运维检修部/ (作业指导书, 检修, 台账,
    运维记录), 调度监控中心/ (运行日志, 运行分析, 可用性), 网络安全中心/ (通报, 审计, 渗透, 应急, 等保,
    客户服务/<客户>/), 综合管理部/ (发文); older copies under 档案/, decoys."""
    co.cust, co.abbr, co.qstd = J_INFO[co.info_id]
    co.qfile = co.qstd.replace("/", "-")      # a "/" cannot be in a file name: Q-XXDW-XT in names
    r = co.rng
    AQ, YJ, DD, WA, ZH = "安全质量部/", "运维检修部/", "调度监控中心/", "网络安全中心/", "综合管理部/"
    CU = WA + "客户服务/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "assess", "hazards", "improve_plan", "improve_ledger", "safety_day", "audit", "review", "forecast", "grading",
                "grading_criteria", "interface", "ledger", "ledger_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list", "fault"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "safety_day",
                                "metrics", "collect", "desk_training", "fault", "ledger_changes", "sec_stats", "health"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(3, 200, 3))

    # --- 规章制度: a 汇编 holding some 规定 as chapters, the rest issued alone by 通知
    keys = [k for k in J_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(AQ + "规章制度/信息通信运维管理规章制度汇编（%d年版）.pdf" % d.year, compendium(co, d, in_book, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k, next(seq))
        add(AQ + "规章制度/%s %03d %s.%s" % (co.qfile, J_RULES[k][1], doc.title, r.choice(["docx", "docx", "pdf"])), doc, meta_title=r.random() < 0.4)
    for i, k in enumerate(J_OTHER):
        if r.random() < 0.75:
            add(AQ + "规章制度/%s.docx" % J_OTHER[k][0], other_doc(co, co.issued(), k, i))

    # --- 标准化作业指导书: an 汇编 and single ones
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    d = co.issued()
    add(YJ + "作业指导书/网络安全专业标准化作业指导书汇编.pdf", sop_book(co, d, in_sops))
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.3:
            continue
        add(YJ + "作业指导书/SOP-%02d %s标准化作业指导书.docx" % (i + 1, SOPS[k][0]), sop(co, co.issued(), k, i))

    # --- 客户服务/<客户>: onboarding (does not age), SLA, health checks, satisfaction
    d0 = co.issued()
    add(CU + "01 需求调研/%s网络安全运维服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "01 需求调研/项目预算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=10)
    add(CU + "01 需求调研/%s 项目启动会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "01 需求调研/运行数据分析及运维策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(CU + "02 合同协议/网络安全运维服务水平协议（盖章版）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    slot("requirements", lambda d: CU + "03 项目/%s需求分析报告.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "04 健康检查/%d年/%s健康检查报告.pdf" % (d.year, ymd(d)), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 24), "上半年"), (date(2025, 12, 20), "下半年"), (date(2026, 6, 23), "上半年")]:
        if r.random() < 0.8:
            add(CU + "05 满意度/%d年%s客户满意度测评报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "05 满意度/满意度趋势分析（%d）.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "05 满意度/客户回访记录表（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "06 月度确认/%d年%02d月驻点服务确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, confirm(co, d))

    # --- organisation, catalogue, OLA, 发文
    d = co.issued()
    add(AQ + "组织机构/组织机构及岗位职责（%d年）.pdf" % d.year, org(co, d, "roles" not in gaps))
    slot("staff", lambda d: AQ + "组织机构/运维人员花名册（%s）.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    n_if = next(seq)
    slot("interface", lambda d: ZH + "发文/%d年/%s〔%d〕%d号 关于明确网络安全工作接口人的通知.%s" % (d.year, co.abbr, d.year, n_if, r.choice(["docx", "pdf"])),
         lambda d: interface(co, d, n_if), "issued")
    d = co.issued()
    add(ZH + "发文/%d年/关于设立信息通信运维服务台的通知.docx" % d.year, desk(co, d, next(seq)))
    slot("desk_training", lambda d: DD + "培训/%s 服务台岗位培训签到表.xlsx" % ymd(d), lambda d: desk_training(co, d))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(CU + "02 合同协议/网络安全运维服务目录（%d年）.xlsx" % d.year, catalog(co, d, lv))
    slot("ola", lambda d: DD + "运行方式/内部服务水平约定及第三方服务水平设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- 调度监控中心: 指标, 可用性, 运行日志, 运行分析, 事件分析
    slot("kpi_list", lambda d: DD + "运行方式/信息系统可用性指标体系（%d）.xlsx" % d.year, lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: DD + "运行方式/%d年信息系统可用性保障方案.docx" % d.year, lambda d: avail_plan(co, d))
    for m in sorted(r.sample(range(6, 12), r.choice([2, 3]))):
        d = date(2026, m, 4 + r.randint(0, 5))
        add(DD + "运行分析/%d年/%d年%d月信息通信运行分析报告.%s" % (d.year, d.year, m - 1, r.choice(["pdf", "docx"])), run_report(co, d, r.random() < 0.6))
    d = co.fresh()
    add(DD + "运行日志/%d年%02d月/运行日志.xlsx" % (d.year, d.month), run_log(co, d, r.random() < 0.75))
    slot("fault", lambda d: DD + "事件分析/%s %s运行事件分析报告.docx" % (ymd(d), co.sys(0)), lambda d: fault_report(co, d, r.random() < 0.75))
    slot("automation", lambda d: DD + "运行分析/运维服务数据分析及自动化需求报告（%d）.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    slot("forecast", lambda d: DD + "运行分析/%d年运维服务需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))

    # --- 运维检修部: 检修, 台账, 运维记录
    d = co.fresh()
    add(YJ + "检修管理/%d年/检修申请单汇总台账.xlsx" % d.year, repair_book(co, d))
    slot("upgrade", lambda d: YJ + "检修管理/%s %s升级检修方案.docx" % (ymd(d), co.sys(1)), lambda d: upgrade_plan(co, d), "issued")
    slot("compat", lambda d: YJ + "检修管理/国产化替代兼容性测试报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    relc = r.random() < 0.7
    slot("ledger", lambda d: YJ + "台账/信息设备台账（%s）.xlsx" % ymd(d), lambda d: ledger(co, d, relc))
    slot("ledger_changes", lambda d: YJ + "台账/台账变更记录（%d年）.xlsx" % d.year, lambda d: ledger_changes(co, d))
    slot("baseline", lambda d: YJ + "台账/信息设备安全配置基线（%d）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: YJ + "知识库/运维知识库条目清单_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "defect", "upgrade") if r.random() < 0.75] or ["maint"]
    d = co.fresh()
    add(YJ + "运维记录/%d年/网络安全设备运维记录.xlsx" % d.year, workbook(co, d, kinds, r.random() < 0.6))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: WA + "监测/网络安全监测信息采集表_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))

    # --- 网络安全中心: 审计, 统计, 通报, 渗透, 等保, 应急
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: WA + "日志审计/%d年%02d月/日志审计周报_%s.%s" % (d.year, d.month, ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: WA + "统计分析/%d年第%d季度网络安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = WA + "通报/%d年/网络安全情况通报（第%d期）.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: WA + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: WA + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: WA + "研发/%d年网络安全工具研发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: WA + "等保关基/%s等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: WA + "等保关基/信息系统安全等级保护定级工作细则.docx", lambda d: grading_criteria(co, d), "issued")
    d = co.issued()
    add(WA + "应急管理/%s 150 网络安全事件应急预案.pdf" % co.qfile, emergency_plan(co, d, r.random() < 0.8))
    slot("dr", lambda d: WA + "应急管理/信息系统灾备恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: AQ + "业务连续性/信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: WA + "应急管理/演练/%s灾备切换演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(WA + "应急管理/演练/%s网络安全联合反事故演习记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 安全质量部: 指标, 改进, 审核, 评审
    slot("metrics", lambda d: AQ + "指标考核/运维指标统计表（%d年%d月）.xlsx" % (d.year, d.month), lambda d: metrics(co, d))
    capa = r.random() < 0.8
    slot("assess", lambda d: AQ + "指标考核/%d年第%d季度运维指标考核及纠正措施.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: assess(co, d, capa))
    slot("hazards", lambda d: AQ + "隐患排查/%d年隐患排查治理工作报告.docx" % d.year, lambda d: hazards(co, d))
    slot("improve_plan", lambda d: AQ + "持续改进/%d年运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("improve_ledger", lambda d: AQ + "持续改进/改进项目台账（%s）.xlsx" % ymd(d), lambda d: improve_ledger(co, d, sc, tr))
    slot("safety_day", lambda d: AQ + "安全日活动/%d年/%s 安全日活动记录.xlsx" % (d.year, ymd(d)), lambda d: safety_day(co, d))
    slot("audit", lambda d: AQ + "内审/%d年管理体系内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: AQ + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: mgmt_review(co, d, inputs))

    # --- working documents of the 两票三制 kind that prove no clause
    d = date(2026, 11, 2)
    add(DD + "值班记录/%d年%02d月交接班记录.xlsx" % (d.year, d.month), shift_log(co, d))
    d = co.fresh()
    add(YJ + "两票管理/%d年上半年两票合格率统计.xlsx" % d.year, ticket_stats(co, d))
    d = co.fresh()
    add(ZH + "发文/%d年/%d年护网行动网络安全保障工作方案.pdf" % (d.year, d.year), hw_action(co, d))
    for k in sorted(r.sample(range(1, 9), 2)):
        d = date(2026, 9, 1) + timedelta(days=7 * k)
        add(YJ + "周例会/%s 周例会纪要.docx" % ymd(d), weekly_meeting(co, d))

    # --- last year's copies moved to 档案/<year>/ by the yearly 归档: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "档案/%d年/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    AQ, YJ, DD, WA, ZH = "安全质量部/", "运维检修部/", "调度监控中心/", "网络安全中心/", "综合管理部/"
    CU = WA + "客户服务/%s/" % co.cust
    add = Share(co).add

    # templates / 空白票样
    add(YJ + "两票管理/信息工作票（空白票样）.docx", blank_text("信息工作票", co.fresh(), ["工作负责人", "工作内容", "安全措施", "工作许可", "工作终结"]))
    add(YJ + "检修管理/检修申请单（模板）.xlsx", blank_sheet("检修申请单", co.fresh(), ["申请单号", "检修内容", "影响范围", "风险分析", "回退方案", "审批"]))
    add(DD + "运行日志/运行日志（模板）.xlsx", blank_sheet("运行日志", co.fresh(), ["日期时间", "类型", "系统/设备", "内容", "值班员"]))
    add(CU + "02 合同协议/服务水平协议（范本）.docx", blank_text("网络安全运维服务水平协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务水平与核心指标", "签署"]))
    add(CU + "04 健康检查/健康检查报告（模板）.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "结论"]))
    add(CU + "05 满意度/满意度测评表（空白）.docx", blank_text("客户满意度测评表", co.fresh(), ["响应及时性", "技术能力", "服务态度", "意见建议"]))
    # drafts
    d = co.fresh()
    add(AQ + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "02 合同协议/服务水平协议_草稿v0.2.docx", decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(AQ + "持续改进/%d年运维服务持续改进计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（讨论稿）"))
    # 作废 / 废止
    d = date(2022, 5, 16)
    add(AQ + "规章制度/已废止/信息通信问题管理实施细则（2022版）【已废止】.docx", decoy(rule_doc(co, d, "problem", 9), "obsolete", mark="【已废止】"))
    d = date(2021, 9, 6)
    add(WA + "应急管理/作废/网络安全事件应急预案（2021版）作废.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bins
    d = co.fresh()
    add("$RECYCLE.BIN/S-1-5-21-1004/运行日志%s.xlsx" % ymd(d), decoy(run_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add("#recycle/网络安全中心/%s反事故演习记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[3:70:13]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw(DD + "运行日志/2026年11月/运行日志 - 副本.xlsx", b"", "empty file")
    co.raw(WA + "日志审计/2026年11月/日志审计周报_20261116.docx", b"", "empty file")
    co.raw(CU + "05 满意度/2026年下半年客户满意度测评报告.docx", b"", "empty file")
    # study records about plans, citing documents, notices, near misses
    for plan in ("网络安全事件应急预案", "信息系统检修管理规定", "信息系统灾备恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(AQ + "安全日活动/学习记录/%s《%s》学习签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [J_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(ZH + "发文/2026年/关于公布现行有效规章制度目录的通知.docx", rule_list(co, co.fresh(), cites))
    add(AQ + "规章制度/规章制度清单（2026）.xlsx", rule_register(co, co.fresh(), cites))
    add(AQ + "规章制度/%s 160 管理评审实施细则.pdf" % co.qfile, mr_rule(co, co.issued()))
    d = co.fresh()
    add(AQ + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    add(WA + "应急管理/演练/网络安全联合反事故演习方案（%d）.docx" % d.year, drill_plan(co, d))
    d = co.fresh()
    add(ZH + "人资/%d年员工绩效考核表.xlsx" % d.year, near_miss_kpi(co, d))
    # unrelated company files
    for i in sorted(r.sample(range(len(UNRELATED_J)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
