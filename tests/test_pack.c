/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_pack.c - the shipped rule pack (rules/), family by family: what an
 * auditor would accept counts, what they would reject does not.
 *
 * Inputs are given to the classifier as normalised path, type and text,
 * the way the scanner hands them over, so these tests judge the rules and
 * the classifier, not the extractors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/classify.h"
#include "evidenced/textnorm.h"

static struct ruleset *pack;
static struct rule_matcher *mt;

static int
setup(void **state)
{
	struct rules_compiler *rc = rules_compiler_new();
	size_t i;

	(void)state;
	if (rc == NULL)
		return -1;
	rules_compiler_add_path(rc, "rules", RULES_LAYER_PACK);
	if (rules_compiler_finish(rc, &pack) != 0) {
		for (i = 0; i < rules_compiler_error_count(rc); i++)
			fprintf(stderr, "%s\n", rules_compiler_error(rc, i));
		rules_compiler_free(rc);
		return -1;
	}
	rules_compiler_free(rc);
	mt = rule_matcher_new();
	return mt == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rule_matcher_free(mt);
	ruleset_free(pack);
	return 0;
}

struct verdicts {
	struct file_match *m;
	size_t n;
};

/* Classify like the scanner: path and text normalised first. */
static struct verdicts
judge(const char *path, unsigned cls, const char *text)
{
	struct classify_input in;
	struct verdicts v = { NULL, 0 };
	char *npath = NULL, *ntext = NULL;
	size_t plen, tlen = 0;

	assert_int_equal(textnorm_normalize(path, strlen(path), &npath,
	    &plen), 0);
	/* A workbook's cells end with a tab or newline of their own, kept
	 * as a break between two Chinese words (inspect.c). */
	if (text != NULL)
		assert_int_equal(textnorm_normalize_flags(text, strlen(text),
		    &ntext, &tlen, NULL, 0, cls == EV_TYPE_SPREADSHEET ?
		    TEXTNORM_HARD_BREAKS : 0), 0);
	memset(&in, 0, sizeof(in));
	in.path = npath;
	in.text = ntext;
	in.text_len = tlen;
	in.typeclass = cls;
	in.text_status = text != NULL ? EXTRACT_OK : EXTRACT_UNSUPPORTED;
	in.text_reason = text != NULL ? "" : "no text in image files";
	assert_int_equal(classify_file(pack, mt, &in, 0, &v.m, &v.n), 0);
	free(npath);
	free(ntext);
	return v;
}

/* 1: counts, 0: near match, -1: not matched at all. */
static int
verdict_for(const struct verdicts *v, const char *clause, const char *item)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (strcmp(v->m[i].clause_id, clause) == 0 &&
		    strcmp(v->m[i].item_id, item) == 0)
			return v->m[i].counts ? 1 : 0;
	return -1;
}

static bool
counts_anywhere(const struct verdicts *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (v->m[i].counts)
			return true;
	return false;
}

static void
test_all_clauses(void **state)
{
	char id[16];
	int n;

	(void)state;
	for (n = 1; n <= 71; n++) {
		const struct rule_clause *c;

		snprintf(id, sizeof(id), "%d", n);
		c = ruleset_find_clause(pack, id);
		assert_non_null(c);
		assert_true(c->n_items >= 1);
		assert_true(c->text[0] != '\0');
		assert_true(c->levels != 0);
		/* 62 and 65 have no proof text in the form. */
		if (n != 62 && n != 65)
			assert_true(c->proof[0] != '\0');
	}
	/* Form order. */
	assert_string_equal(pack->clauses[0].id, "1");
	assert_string_equal(pack->clauses[70].id, "71");
	/* The marks: 仅二级要求 -> 2, 仅一级要求 -> 1, unmarked -> both. */
	assert_int_equal(ruleset_find_clause(pack, "1")->levels,
	    EV_LEVEL_BIT(1) | EV_LEVEL_BIT(2));
	assert_int_equal(ruleset_find_clause(pack, "4")->levels,
	    EV_LEVEL_BIT(2));
	assert_int_equal(ruleset_find_clause(pack, "8")->levels,
	    EV_LEVEL_BIT(1));
	assert_int_equal(ruleset_find_clause(pack, "53")->levels,
	    EV_LEVEL_BIT(2));
	assert_int_equal(ruleset_find_clause(pack, "71")->levels,
	    EV_LEVEL_BIT(1));
}

static void
test_quirks(void **state)
{
	const struct rule_clause *c;
	size_t i;

	(void)state;
	/* 16 and 28 repeat their neighbour's proof: each has a note and
	 * items of its own. */
	assert_non_null(ruleset_find_clause(pack, "16")->note);
	assert_non_null(ruleset_find_clause(pack, "28")->note);
	/* 53 lists change management, which belongs to 54. */
	c = ruleset_find_clause(pack, "53");
	assert_non_null(c->note);
	for (i = 0; i < c->n_items; i++)
		assert_null(strstr(c->items[i].label, "变更"));
	c = ruleset_find_clause(pack, "54");
	for (i = 0; i < c->n_items; i++)
		if (strstr(c->items[i].label, "变更管理程序") != NULL)
			break;
	assert_true(i < c->n_items);
}

static void
test_agreements(void **state)
{
	struct verdicts v;

	(void)state;
	v = judge("SLA/服务级别协议-某银行-2026.docx", EV_TYPE_DOCUMENT,
	    "信息系统安全运维服务级别协议\n运维方式：驻场值守、每月定期巡检、"
	    "7x24 远程值守。\n核心指标：系统可用性 99.9%，响应时间 30 分钟。");
	assert_int_equal(verdict_for(&v, "35", "sla"), 1);
	assert_int_equal(verdict_for(&v, "36", "sla"), 1);
	assert_int_equal(verdict_for(&v, "39", "sla"), 1);
	file_matches_free(v.m, v.n);

	/* The form asks for 运维的方式: an SLA that does not say it is a
	 * near match, not evidence. */
	v = judge("SLA/服务水平协议.docx", EV_TYPE_DOCUMENT,
	    "服务水平协议\n可用性 99.9%");
	assert_int_equal(verdict_for(&v, "35", "sla"), 0);
	assert_int_equal(verdict_for(&v, "36", "sla"), 1);
	file_matches_free(v.m, v.n);

	/* 附件3.docx is an SLA because its first line says so. */
	v = judge("合同附件/附件3.docx", EV_TYPE_DOCUMENT,
	    "服务级别协议\n甲方：某银行\n驻场值守，定期巡检，远程支持。");
	assert_int_equal(verdict_for(&v, "35", "sla"), 1);
	file_matches_free(v.m, v.n);

	/* A blank SLA form never counts, wherever it is. */
	v = judge("模板/服务级别协议模板.docx", EV_TYPE_DOCUMENT,
	    "服务级别协议 驻场 巡检 远程 可用性 99.9%");
	assert_false(counts_anywhere(&v));
	file_matches_free(v.m, v.n);
	v = judge("SLA/服务级别协议（空白）.docx", EV_TYPE_DOCUMENT,
	    "服务级别协议 驻场 巡检 远程 可用性 99.9%");
	assert_false(counts_anywhere(&v));
	file_matches_free(v.m, v.n);

	/* A scanned, signed SLA cannot show its content: near, not covered. */
	v = judge("SLA/服务级别协议-盖章扫描件.jpg", EV_TYPE_IMAGE, NULL);
	assert_int_equal(verdict_for(&v, "35", "sla"), 0);
	file_matches_free(v.m, v.n);
}

static void
test_procedures_approved(void **state)
{
	struct verdicts v;

	(void)state;
	v = judge("制度/问题管理程序.docx", EV_TYPE_DOCUMENT,
	    "问题管理程序\n文件编号：QM-07 版本：V2.0\n批准：张三 "
	    "发布日期：2026年1月5日");
	assert_int_equal(verdict_for(&v, "20", "procedure"), 1);
	assert_int_equal(verdict_for(&v, "37", "procedure"), 1);
	file_matches_free(v.m, v.n);

	/* 已审批并发布: without approval or publication marks it is not. */
	v = judge("制度/问题管理程序.docx", EV_TYPE_DOCUMENT,
	    "问题管理程序\n1 目的\n2 范围");
	assert_int_equal(verdict_for(&v, "20", "procedure"), 0);
	file_matches_free(v.m, v.n);

	/* A procedure that cites another is not that procedure. */
	v = judge("制度/事件管理程序.docx", EV_TYPE_DOCUMENT,
	    "事件管理程序\n批准：李四\n"
	    "1 目的 2 范围 3 职责 4 定义 5 程序 6 记录 7 相关文件及记录表格："
	    "本程序引用的文件包括信息安全管理手册及其配套的各项制度规定，"
	    "以及《问题管理程序》。");
	assert_int_equal(verdict_for(&v, "49", "incident-procedure"), 1);
	assert_true(verdict_for(&v, "20", "procedure") != 1);
	file_matches_free(v.m, v.n);
}

static void
test_records_and_plans(void **state)
{
	struct verdicts v;

	(void)state;
	/* A drill record in the plans' folder is a record, not the plan. */
	v = judge("应急预案及演练/2026年应急演练记录.docx", EV_TYPE_DOCUMENT,
	    "应急演练记录\n演练科目：核心系统故障应急响应与系统恢复切换");
	assert_int_equal(verdict_for(&v, "53", "drill"), 1);
	assert_int_equal(verdict_for(&v, "40", "emergency-drill"), 1);
	assert_int_equal(verdict_for(&v, "40", "recovery-drill"), 1);
	assert_true(verdict_for(&v, "53", "emergency-plan") != 1);
	assert_true(verdict_for(&v, "36", "emergency-plan") != 1);
	file_matches_free(v.m, v.n);

	v = judge("应急预案及演练/信息系统应急响应预案.docx",
	    EV_TYPE_DOCUMENT, "信息系统应急响应预案\n1 应急组织 2 应急流程");
	assert_int_equal(verdict_for(&v, "53", "emergency-plan"), 1);
	assert_int_equal(verdict_for(&v, "36", "emergency-plan"), 1);
	assert_true(verdict_for(&v, "53", "drill") != 1);
	file_matches_free(v.m, v.n);
}

/* Texts of the cases below. */
#define REVIEW "管理评审/2026年度管理评审会议纪要.docx"
#define REVIEW_PASSING "2026年度管理评审会议纪要\n服务和过程的执行情况及符合性 " \
	"服务水平达成率95%,内审不符合项已整改。\n可能影响服务的变化 信创资源池上线。"
#define REVIEW_INPUTS "2026年度管理评审会议纪要\n纠正措施进展 整改台账14项已销号" \
	"12项。\n资源情况及预测 现有值班员9人,明年需增2人。"
#define REBUILD "改造/新闻制作网改造测试及回退方案.docx"
#define REBUILD_TEST "新闻制作网改造测试及回退方案\n改造内容 编码器IP化改造。\n" \
	"测试计划 割接前备机联调48小时,测试码率、延时和主备倒换。"
#define REBUILD_BACK "\n回退措施 割接失败时30分钟内切回SDI链路。"

/* An English CSI register (68): its columns status and measured effect. */
#define CSI_REGISTER \
	"CSI Register 2026 / 持续改进登记册\nID\ttarget\tstatus\tmeasured effect\t" \
	"reporting\nCSI-2026-01\tP1 response ≤ 10 min\tlive since 2025-11-27\t" \
	"avg. 7 min over 8 weeks – effective\treported in management review\n"

/* One item's verdict on one file: 1 counts, 0 near, -1 not matched. */

static const struct {
	const char *path, *text, *clause, *item;
	unsigned cls;
	int want;
} record_cases[] = {
	/* A ransomware drill drilled the response plan: that its log
	 * reaches 系统恢复 does not make it a drill of the recovery plan. */
	{ "演练/应急演练记录20260514.docx", "应急演练记录\n演练名称 "
	  "信贷管理系统勒索病毒应急演练\n演练过程 09:00发现告警→09:10启动预案"
	  "→10:30系统恢复→11:00业务验证通过\n演练结果 达到预期",
	  "40", "recovery-drill", EV_TYPE_DOCUMENT, 0 },
	{ "演练/应急演练记录20260514.docx", "应急演练记录\n演练名称 "
	  "信贷管理系统勒索病毒应急演练", "40", "emergency-drill",
	  EV_TYPE_DOCUMENT, 1 },
	{ "演练/灾备切换恢复演练记录.docx", "系统恢复演练记录\n演练名称 "
	  "核心系统灾备切换恢复演练", "40", "recovery-drill",
	  EV_TYPE_DOCUMENT, 1 },
	/* A review's inputs: the corrective actions' progress, not an audit
	 * finding already put right in the section on conformity; resource
	 * levels, not a 资源池 that went live. */
	{ REVIEW, REVIEW_PASSING, "60", "corrective-actions", EV_TYPE_DOCUMENT, 0 },
	{ REVIEW, REVIEW_PASSING, "60", "resources", EV_TYPE_DOCUMENT, 0 },
	{ REVIEW, REVIEW_INPUTS, "60", "corrective-actions", EV_TYPE_DOCUMENT, 1 },
	{ REVIEW, REVIEW_INPUTS, "60", "resources", EV_TYPE_DOCUMENT, 1 },
	/* An operations rule on handling incidents and their recovery is no
	 * system recovery plan; a 系统恢复策略 is. */
	{ "管理制度/ZD-14 运维应急处置及恢复策略.docx", "运维应急处置及恢复策略\n"
	  "第一条 应急事件分级处置。第二条 恢复优先级与时限。", "36",
	  "recovery-plan", EV_TYPE_DOCUMENT, -1 },
	{ "应急/核心系统恢复策略.docx", "核心系统恢复策略\n"
	  "一、恢复优先级 二、恢复步骤与时限", "36", "recovery-plan",
	  EV_TYPE_DOCUMENT, 1 },
	/* A 改造测试及回退方案 whose body holds only the test plan sets out
	 * no rollback: the title alone is a mention. */
	{ REBUILD, REBUILD_TEST, "25", "rollback", EV_TYPE_DOCUMENT, 0 },
	{ REBUILD, REBUILD_TEST, "11", "rollback", EV_TYPE_DOCUMENT, 0 },
	{ REBUILD, REBUILD_TEST REBUILD_BACK, "25", "rollback", EV_TYPE_DOCUMENT, 1 },
	{ REBUILD, REBUILD_TEST REBUILD_BACK, "11", "rollback", EV_TYPE_DOCUMENT, 1 },
	/* A workbook titled 配置项更新维护记录 whose first sheet is 更新记录
	 * records changes to configuration items, not device upgrades. */
	{ "资料/Book12.xlsx", "更新记录 配置项更新维护记录 日期 配置项 "
	  "更新内容 执行人 2026-11-01 CI-0101 特征库升级 罗超", "44",
	  "upgrades", EV_TYPE_SPREADSHEET, 0 },
	{ "资料/Book12.xlsx", "更新记录 配置项更新维护记录 日期 配置项 "
	  "更新内容 执行人 2026-11-01 CI-0101 特征库升级 罗超", "43",
	  "ci-updates", EV_TYPE_SPREADSHEET, 1 },
	/* The folder 满意度测评/ names no file in it: a 回访登记表 there is
	 * a follow-up record, not a survey; nor is the surveys' trend. */
	{ "质量/满意度测评/用户回访登记表2026.xlsx", "回访 用户回访登记表 "
	  "回访日期 用户 回访人 方式 意见 2026-10-14 集团 程文博 上门 满意",
	  "41", "surveys", EV_TYPE_SPREADSHEET, -1 },
	{ "质量/满意度测评/用户回访登记表2026.xlsx", "回访 用户回访登记表 "
	  "回访日期 用户 回访人 方式 意见 2026-10-14 集团 程文博 上门 满意",
	  "63", "follow-up-visits", EV_TYPE_SPREADSHEET, 1 },
	/* An ITSM export says it in English. */
	{ "ITSM/Incident/2026-Q2/incident_export_20260426.xlsx",
	  "export ticket id summary type priority created first response "
	  "status inc0040000 VPN无法连接 request P1 2026-04-26 09:10 "
	  "2026-04-26 09:18 closed", "55", "response-times",
	  EV_TYPE_SPREADSHEET, 1 },
	{ "质量/满意度测评/用户满意度变化趋势分析（2026）.docx",
	  "用户满意度变化趋势分析\n测评期次 总体满意度 2025年上半年 89",
	  "58", "survey", EV_TYPE_DOCUMENT, 0 },
	/* An agreement still waiting for legal review is a draft. */
	{ "合同/服务级别协议_v0.9_待法务审核.docx", "服务级别协议\n服务级别 "
	  "响应时间 一级事件15分钟响应 可用性 99.9%", "39", "sla",
	  EV_TYPE_DOCUMENT, 0 },
	{ "合同/服务级别协议_v1.0（双方盖章）.docx", "服务级别协议\n服务级别 "
	  "响应时间 一级事件15分钟响应 可用性 99.9%", "39", "sla",
	  EV_TYPE_DOCUMENT, 1 },
	{ "满意度/满意度变化情况分析2026.docx", "满意度变化情况分析(2026年)\n"
	  "历次结果 期次 总体满意度 2025年上半年 90 2026年上半年 94 分析 "
	  "逐期提高", "58", "survey", EV_TYPE_DOCUMENT, 0 },
	{ "满意度/满意度变化情况分析2026.docx", "满意度变化情况分析(2026年)\n"
	  "历次结果 期次 总体满意度 2025年上半年 90 2026年上半年 94 分析 "
	  "逐期提高", "41", "trend", EV_TYPE_DOCUMENT, 1 },
	/* A tracker's 效果 column says the effect in a word per row (a cell
	 * a line, as a workbook's text has them); an empty one beside a 目标
	 * column measured nothing. */
	{ "持续改进/改进项目台账.xlsx", "改进\n改进项目台账—改进\n编号\n来源分析\n"
	  "优先级\n实施\n效果\ngj-0\n故障分析\n高\n完成\n有效\ngj-1\n故障分析\n"
	  "高\n完成\n有效", "68", "effectiveness", EV_TYPE_SPREADSHEET, 1 },
	{ "改进/改进清单_20261104.xlsx", "清单\n改进清单—清单\n编号\n改进项\n进展\n"
	  "效果\nimp-01\n开店前巡检自动化\n已上线\n达成", "68", "effectiveness",
	  EV_TYPE_SPREADSHEET, 1 },
	{ "持续改进/改进项目台账.xlsx", "跟踪\n改进项目台账—跟踪\n编号\n目标\n"
	  "进度\n效果\ngj-01\n故障恢复时长下降30%\n进行中", "68", "effectiveness",
	  EV_TYPE_SPREADSHEET, 0 },
	{ "持续改进/改进项目台账.xlsx", "跟踪\n改进项目台账—跟踪\n编号\n项目\n"
	  "效果\n达成率\ngj-01\n告警集中\n待评估\n90%", "68",
	  "effectiveness", EV_TYPE_SPREADSHEET, 0 },
	/* An upgrade plan that says its rollback was tried in a test
	 * environment has no test plan; one that lists the tests has. */
	{ "项目/生产运行指挥系统升级改造实施方案.docx", "生产运行指挥系统升级改造"
	  "实施方案\n一、改造内容 由单机改为双机热备。\n二、回退措施 割接失败时1"
	  "小时内回切原系统,回退步骤已在测试环境验证。", "25", "test-plan",
	  EV_TYPE_DOCUMENT, 0 },
	{ "项目/医保公共服务平台迁移上云实施方案.docx", "医保公共服务平台迁移上云"
	  "实施方案\n一、迁移内容 迁移上云。\n二、测试验证计划 迁移前在测试租户"
	  "完成功能回归、性能压测和安全扫描。", "25", "test-plan",
	  EV_TYPE_DOCUMENT, 1 },
	/* An emergency plan whose response step names the DR site states no
	 * recovery strategy (55); one with its recovery objectives does. */
	{ "01-制度/XTB-YA-001 信息系统应急预案.pdf", "信息系统应急预案\n批准 "
	  "杜勇(首席信息官)\n应急响应 P1事件15分钟内决策是否切换灾备。", "55",
	  "plan", EV_TYPE_PDF, 0 },
	{ "应急管理/Q-NXDW-XT 150 网络安全事件应急预案.pdf", "网络安全事件应急预案"
	  "\n批准 王伟\n恢复 核心系统恢复时间目标1小时、数据恢复点目标15分钟;切换"
	  "灾备系统。", "55", "plan", EV_TYPE_PDF, 1 },
	/* A KPI sheet named …完成情况及整改 whose rows are the KPIs alone
	 * records no corrective action. */
	{ "集团考核/2026年第1季度考核指标完成情况及整改措施.xlsx", "集团考核指标\n"
	  "考核指标完成情况及整改(2026年第1季度)\n指标\n目标\n完成\n是否达标\n"
	  "政企专网可用率\n99.9%\n99.86%\n否", "57", "capa",
	  EV_TYPE_SPREADSHEET, 0 },
	/* A process's SOP is its procedure, not a module's work instruction. */
	{ "SOP/YQWL-SOP-01_IT事件管理SOP_v2.8.docx", "IT事件管理SOP\n版本 v2.8 "
	  "批准 高超\n1 目的", "24", "work-instructions", EV_TYPE_DOCUMENT, 0 },
	/* A preventive measure verified (验证:…措施有效) is 66's record. */
	{ "预防措施/隐患排查及预防措施验证_2026.docx", "隐患排查及预防措施验证记录 "
	  "2026年4月18日\n预防:夏季高温前清洗冷凝器。\n验证:8月最高回风温度26.1℃,"
	  "未超限,措施有效。", "66", "effectiveness", EV_TYPE_DOCUMENT, 1 },
	/* A tracker's 效果 column with a measured value (平均25分钟). */
	{ "07 改善/改善提案台账_20260914.xlsx", "实施跟踪\n改善提案台账—实施跟踪\n"
	  "提案编号\n目标\n进度\n效果\n报告\nkz-01\n开通≤1小时\n完成\n平均25分钟\n"
	  "10月IT例会", "68", "effectiveness", EV_TYPE_SPREADSHEET, 1 },
	/* The ten indicators in a managed-service firm's words. */
	{ "悦齿口腔 月度服务报告 2026-06 - 飞书云文档.docx", "悦齿口腔 月度服务报告 "
	  "2026-06\n运维数据 项 本月 告警通知及时率 98.6% "
	  "告警漏报率 0.4% 例行任务按时完成率 97% 故障隐患发现率 91% 主动发现率 88% "
	  "problem解决率 90% 漏扫覆盖率 100% 加固设备覆盖率 96% 补丁按时安装率 95% "
	  "安全事件6次", "56", "data", EV_TYPE_DOCUMENT, 1 },
	/* Integrity as who alone may change it; confidentiality as a
	 * device's 保护级别. */
	{ "台账/信息设备及系统台账20260712.xlsx", "设备台账\n编号\n名称\n型号\n位置\n"
	  "sw-0300\n网闸\nsgt-2000\n调度中心机房\n管理要求\n保密 IP地址等不得外传\n"
	  "维护 仅系统运维科修改,留痕\n备份 每月备份", "27", "cmdb",
	  EV_TYPE_SPREADSHEET, 1 },
	/* A bulletin's own chapter 四、分析. */
	{ "安全管理/通报/网络安全通报第5期.pdf", "网络安全通报(2026年第5期)\n一、漏洞"
	  "通告 本月通报防火墙高危漏洞1个。\n四、分析 本月漏洞主要集中在老旧工控主机,"
	  "建议列入升级计划。", "52", "analysis", EV_TYPE_PDF, 1 },
	/* The services a survey asks for, listed by type. */
	{ "项目启动/运维需求调研报告.docx", "信息系统运维需求调研报告\n三、服务时间要求 "
	  "7x24小时。\n四、安全服务需求 需要漏洞扫描、渗透测试和等保测评配合。", "5",
	  "survey", EV_TYPE_DOCUMENT, 1 },
	/* Next year's volumes forecast. */
	{ "运行分析/2027年运维工作量预测.docx", "2027年运维工作量预测\n数据 近一年报修"
	  "+15%、安全告警+28%。\n预测 预计报修量增长30%,日志量翻番。", "71",
	  "forecast", EV_TYPE_DOCUMENT, 1 },
	/* A service desk set up, by that name. */
	{ "服务台/运维服务台设置.docx", "路网监控中心运维服务台设置\n服务台 值班台作为"
	  "统一运维服务台,热线0551-9612009,7×24受理。", "48", "service-desk",
	  EV_TYPE_DOCUMENT, 1 },
	/* The authority's 督办单 and how it was handled. */
	{ "收文/督办单（督字〔2026〕14号）及办理情况.pdf", "督办单\n督办事项 工单按时"
	  "办结率93.8%,低于约定的95%,请分析原因并整改。\n办理情况 原因:夜间派单无人确认;"
	  "措施:增设夜间二线值班;结果:次月97.2%。", "57", "capa", EV_TYPE_PDF, 1 },
	/* Counts by year are a history list; a month's 安全事件次数 is not. */
	{ "运维数据/历年运维数据清单.xlsx", "数据清单\n历年运维数据清单—数据清单\n年度\n系统\n"
	  "故障工单数\n变更次数\n2024\n营销系统\n142\n38", "4", "history-list",
	  EV_TYPE_SPREADSHEET, 1 },
	/* The internal levels kept in line with the supplier's agreement. */
	{ "服务目录/服务级别设计及OLA.docx", "运维服务级别设计及内部运营级别协议\n一、服务"
	  "级别设计 一类故障4小时恢复\n二、内部运营级别协议 派单15分钟内确认,与外委单位"
	  "协议时限保持一致。", "8", "sld", EV_TYPE_DOCUMENT, 1 },
	/* <site>-SOP-<n> numbers every controlled document, the Document
	 * Control procedure too: no work instruction.  Nor a roll-out's
	 * sign-in sheet. */
	{ "02_Procedures/ITCN-SOP-001 Document Control_文件控制程序.docx",
	  "Document Control 文件控制程序\nDocument No. ITCN-SOP-001\n1 Purpose "
	  "所有受控文件按本程序编号、审批和发布。", "24", "work-instructions",
	  EV_TYPE_DOCUMENT, -1 },
	{ "Training/20261004 Sign-in SOP-013 roll-out.xlsx", "Sign-in\nSOP-013 "
	  "Firewall Change roll-out\nName\nDept\nSignature\n张伟\nIT\n张伟",
	  "24", "work-instructions", EV_TYPE_SPREADSHEET, 0 },
	/* A draft by its version (v0.2) or its words (修改中). */
	{ "Users/余思远/CSI Plan 2027 v0.2.docx", "CSI Plan 2027 持续改进计划\n改进"
	  "目标 事件平均恢复时间缩短20%。\n评估标准 季度复盘。", "64", "plan",
	  EV_TYPE_DOCUMENT, 0 },
	{ "个人/宋华/运维月报（修改中）.docx", "运维月报(2026年10月)\n一、监控 告警"
	  "趋势 较上月下降12%。\n可用率 99.95%。", "50", "monitoring-report",
	  EV_TYPE_DOCUMENT, 0 },
	/* A folder of the system's record forms holds blank forms; a 发文稿纸
	 * is a notice's signing sheet. */
	{ "体系文件/第6版/记录表格/信息管理科/JL-XXK-030 纠正措施记录表.docx",
	  "纠正措施记录表 表格编号:JL-XXK-030 第3版受控\n不符合来源 原因分析 纠正措施 "
	  "措施验证 责任人 完成日期\n填表人:审核人:批准人:", "57", "capa",
	  EV_TYPE_DOCUMENT, 0 },
	{ "所发文件/2024年/发文稿纸-网络安全事件管理办法.pdf", "发文稿纸 文号 辰所发"
	  "〔2024〕19号 标题 关于印发《网络安全事件管理办法》的通知 主办部门 信息化处 "
	  "签发 同意印发。", "31", "incident-process", EV_TYPE_PDF, 0 },
	/* An attachment filed beside its notice, in a folder named by the
	 * notice's number, is issued by it (its own text carries no
	 * approval words). */
	{ "中心制度/细则/嘉人社信〔2025〕23号/附件1：运维事件管理细则.docx",
	  "运维事件管理细则\n第一章 总则 第一条 为规范运维事件的受理、处置和关闭,制定"
	  "本细则。\n第二章 分级 第二条 事件分为一般、较大和重大三级。", "49",
	  "incident-procedure", EV_TYPE_DOCUMENT, 1 },
	{ "中心制度/细则/2025年/附件1：运维事件管理细则.docx",
	  "运维事件管理细则\n第一章 总则 第一条 为规范运维事件的受理、处置和关闭,制定"
	  "本细则。\n第二章 分级 第二条 事件分为一般、较大和重大三级。", "49",
	  "incident-procedure", EV_TYPE_DOCUMENT, 0 },
	/* Third-party staff in the working words: 外协驻所, a telecom's 代维,
	 * resident engineers; not an in-house list. */
	{ "人员/信息化处运维人员名册20260929.xlsx", "信息化处运维人员名册 在编人员 "
	  "外协驻所人员 序号 姓名 所属单位 岗位 1 林海燕 秦川网安技术服务有限公司 网络运维驻所",
	  "9", "outsourcing", EV_TYPE_SPREADSHEET, 1 },
	{ "08代维管理/维护人员及代维人员名册（202603）.xlsx", "维护人员及代维人员名册 "
	  "姓名 专业 岗位 用工形式 罗超 传输 代维工程师 代维:苏通通信工程有限公司", "9",
	  "outsourcing", EV_TYPE_SPREADSHEET, 1 },
	{ "Organisation/IT China Staff List_运维人员清单_20260120.xlsx", "IT China staff and "
	  "resident engineer list / 运维人员清单 name role company 苏州博维 network",
	  "9", "outsourcing", EV_TYPE_SPREADSHEET, 1 },
	{ "人员/信息化处运维人员名册20260929.xlsx", "信息化处运维人员名册 在编人员 "
	  "序号 姓名 岗位 1 曹静 处长 2 苏涛 安全保密室主任", "9", "outsourcing",
	  EV_TYPE_SPREADSHEET, 0 },
	/* The staff and their roles (人员及角色清单) is the staff list. */
	{ "组织/IT人员及角色清单_20250829.xlsx", "IT人员及运维角色清单 姓名 运维角色 "
	  "丁磊 it经理 郑宇航 安全工程师", "9", "staff-list", EV_TYPE_SPREADSHEET, 1 },
	/* An English organisation document with the leading group. */
	{ "Organisation/IT China Organisation and Security Organisation 2026.pdf",
	  "IT China organisation and information security organisation / "
	  "信息技术部及信息安全组织架构 the information security steering committee "
	  "(安全领导小组) decides", "9", "org-chart", EV_TYPE_PDF, 1 },
	{ "Organisational Change/Organisation Announcement 2026.pdf",
	  "IT China organisation announcement: new service desk lead", "9",
	  "org-chart", EV_TYPE_PDF, 0 },
	/* A production incident's review that says the service was down is
	 * an availability event; one that does not say so is not. */
	{ "报告/复盘/20260529 集中交易系统生产事件复盘报告.docx", "集中交易系统生产事件复盘"
	  "报告 事件概述 2026年5月29日集中交易系统盘中中断12分钟(p1),影响委托下单。", "22",
	  "events", EV_TYPE_DOCUMENT, 1 },
	{ "报告/复盘/20260529 集中交易系统生产事件复盘报告.docx", "集中交易系统生产事件复盘"
	  "报告 事件概述 2026年5月29日行情延迟告警,已处理。", "22", "events",
	  EV_TYPE_DOCUMENT, 0 },
	/* A review of the year's defects under its other names: 检讨, an
	 * English Service Failure Review. */
	{ "检讨报告/2026 IT重大异常及失败变更检讨.docx", "2026年度it重大异常、失败变更及服务"
	  "未达标检讨报告 1. 重大异常 mes当机1件 2. 失败变更 ecn失败回退3件 4. 改善计划 夜班二线值班",
	  "70", "defect-analysis", EV_TYPE_DOCUMENT, 1 },
	{ "09_CSI/Service Failure Review 2026.docx", "service failure review 2026 – "
	  "lessons learned 1 major incidents 重大事件 mes outage 78 min 2 failed changes 失败变更 "
	  "4 improvement plan 改进计划 firmware lifecycle check", "70", "defect-analysis",
	  EV_TYPE_DOCUMENT, 1 },
	/* An improvement procedure that measures in other words: 量测 and
	 * 核准 (a fab's), 可量化目标 and 通报; not one that never measures. */
	{ "QP程序文件/QP-IT-014 IT持续改善管理程序 Rev.D.pdf", "qp-it-014 it持续改善管理程序 "
	  "核准杨宇航 1. 目的 对改善措施进行识别、记录、核准、评估、量测与报告。", "65",
	  "procedure", EV_TYPE_PDF, 1 },
	{ "集团发文/运维工作持续改进管理办法（2026版）.pdf", "运维工作持续改进管理办法 "
	  "第一章来源 故障分析、内审 第二章立项评估 改进建议登记进改进台账,按效益打分,分管主任批准。"
	  "第三章跟踪 立项项目设定可量化目标,完成后评估效果,每季度在例会上通报。", "65",
	  "procedure", EV_TYPE_PDF, 1 },
	{ "集团发文/运维工作持续改进管理办法（2026版）.pdf", "运维工作持续改进管理办法 "
	  "第一章来源 故障分析、内审 第二章立项评估 改进建议登记进改进台账,按效益打分,分管主任批准。"
	  "第三章跟踪 完成后评估效果,每季度在例会上通报。", "65", "procedure", EV_TYPE_PDF, 0 },
	/* A hazard investigation's rectification prevents (66): no CAPA. */
	{ "隐患排查/2026年信息系统隐患排查整改报告.docx", "2026年信息系统隐患排查整改报告 "
	  "排查情况 排查出单机网闸等隐患。 整改措施 隐患 预防措施 责任人 期限 单机网闸 增配备机 "
	  "董思远 2026年12月", "57", "capa", EV_TYPE_DOCUMENT, 0 },
	/* A quarter's 运维考核 measures the service, with satisfaction. */
	{ "考核/2026年第4季度运维考核及纠正措施.xlsx", "2026年第4季度运维考核及纠正措施 "
	  "指标 目标 实际 达标 县公司满意度 92 94 是", "57", "measurement",
	  EV_TYPE_SPREADSHEET, 1 },
	{ "考核/2026年第4季度运维人员考核表.xlsx", "运维人员考核表 姓名 满意度 得分",
	  "57", "measurement", EV_TYPE_SPREADSHEET, -1 },
	/* 客户服务等级（SLA）管理办法: the bracketed SLA between the terms. */
	{ "管理制度/JCYG-YW-ZD-11 客户服务等级（SLA）管理办法.docx",
	  "客户服务等级(sla)管理办法 编制 蔡志强 审核 许晓东 批准 丁俊杰 状态 受控(已发布)",
	  "39", "slm-procedure", EV_TYPE_DOCUMENT, 1 },
	/* 办理 is handling a request: a 服务请求办理实施细则, issued, is the
	 * request procedure, as an IT服务需求管理程序 is; a 变更申请办理
	 * 规定 is a change's. */
	{ "制度/服务请求办理实施细则（2025版）.docx",
	  "服务请求办理实施细则\n第一条 为规范服务请求的受理、办理和关闭,制定本细则。"
	  "\n本细则经中心办公会审议通过后印发施行。", "49", "request-procedure",
	  EV_TYPE_DOCUMENT, 1 },
	{ "二级文件/IT服务需求管理程序.docx",
	  "IT服务需求管理程序\n1 目的 规范用户服务需求的提出、受理和办理。\n"
	  "批准：张明 2025-03-01 发布", "49", "request-procedure",
	  EV_TYPE_DOCUMENT, 1 },
	{ "制度/变更申请办理规定.docx",
	  "变更申请办理规定\n第一条 变更申请的提交和审批。\n经审批后发布施行。", "49",
	  "request-procedure", EV_TYPE_DOCUMENT, -1 },
	/* A German-owned firm's English names: the monthly IT Service Report
	 * with its trends; an intercompany agreement's schedule of service
	 * levels; a ServiceNow CMDB export whose backup column has rows. */
	{ "04_Service_Management/Reports/IT Service Report 2026-01.docx",
	  "IT Service Report 2026-01 for the Managing Director / IT服务月报\n2 Trends "
	  "趋势分析 KPI M-2 M-1 M trend incidents 312 287 264 ↓ SAP dialog response (ms) "
	  "610 655 702 ↑ alerts (告警) 140 126 118 ↓ SAP 可用率 99.95%", "50",
	  "monitoring-report", EV_TYPE_DOCUMENT, 1 },
	{ "05_JV_CKD/02_ISA/ISA Schedule 2 Service Levels_signed.pdf",
	  "Intercompany Service Agreement – Schedule 2 Service Levels / 公司间服务协议附件2 "
	  "服务级别\nP1: response 15 min, restore 4 h; availability SAP 99.5%.", "39",
	  "sla", EV_TYPE_PDF, 1 },
	/* The same schedule with a reviewer's comments is a draft. */
	{ "Users/董勇/ISA Schedule 2 rev comments.docx",
	  "Intercompany Service Agreement – Schedule 2 Service Levels / 公司间服务协议附件2 "
	  "服务级别\nP1: response 15 min, restore 4 h. [Comment 郭: restore 2 h?]", "39",
	  "sla", EV_TYPE_DOCUMENT, 0 },
	{ "04_Service_Management/CMDB/cmdb_ci_export_20260813.xlsx", "cmdb_ci\n"
	  "ServiceNow CMDB export / 配置管理数据库导出 2026-08-13\nci\nname\nconfidentiality"
	  "\naccess integrity\nbackup\nCI040001\nFW policy set TC\ninternal\nwrite: config "
	  "manager only\ndaily export to Veeam repo", "27", "cmdb",
	  EV_TYPE_SPREADSHEET, 1 },
	/* A drill's own plan names the plan it tests in its first lines:
	 * it is not the response plan. */
	{ "应急管理/演练/2026年网络安全应急演练工作方案.docx",
	  "2026年网络安全应急演练工作方案 2026年6月7日\n一、演练目的 检验"
	  "区教育系统网络安全事件应急预案的可操作性。", "53", "emergency-plan",
	  EV_TYPE_DOCUMENT, 0 },
	{ "应急管理/演练/2026年网络安全应急演练工作方案.docx",
	  "2026年网络安全应急演练工作方案 2026年6月7日\n一、演练目的 检验"
	  "区教育系统网络安全事件应急预案的可操作性。", "36", "emergency-plan",
	  EV_TYPE_DOCUMENT, 0 },
	{ "应急管理/网络安全事件应急预案.docx", "网络安全事件应急预案\n"
	  "一、总则 为规范网络安全事件的应急处置。", "53", "emergency-plan",
	  EV_TYPE_DOCUMENT, 1 },
	/* An index of the procedures is not a knowledge base. */
	{ "00_制度SOP/SOP索引_知识库首页导出.pdf", "SOP索引 知识库首页\n"
	  "《事件管理SOP》 《变更管理SOP》 《问题管理SOP》", "21",
	  "knowledge-base", EV_TYPE_PDF, 0 },
	/* A review that says its audit's findings were closed is not the
	 * audit. */
	{ REVIEW, REVIEW_PASSING, "59", "internal-audit", EV_TYPE_DOCUMENT,
	  -1 },
	{ "附件4.docx", "2026年内审不符合项报告\n不符合项 3项 责任部门 运维部",
	  "59", "internal-audit", EV_TYPE_DOCUMENT, 1 },
	/* A change register's upgrade rows are changes, not the security
	 * devices' upgrade record; a ledger's change record is no asset
	 * list. */
	{ "变更管理/版本升级变更登记表.xlsx", "版本升级变更登记表 变更编号 "
	  "系统 变更内容 bg-2026020 PACS影像系统 版本升级 成功", "44",
	  "upgrades", EV_TYPE_SPREADSHEET, 0 },
	{ "变更管理/版本升级变更登记表.xlsx", "版本升级变更登记表 变更编号 "
	  "系统 变更内容 bg-2026020 PACS影像系统 版本升级 成功", "54",
	  "records", EV_TYPE_SPREADSHEET, 1 },
	{ "运维/版本升级记录.xlsx", "版本升级记录 日期 设备 内容 "
	  "2026-10-01 防火墙 特征库升级", "44", "upgrades",
	  EV_TYPE_SPREADSHEET, 1 },
	{ "资产/资产台账变更记录_2026.xlsx", "资产台账变更记录 日期 资产编号 "
	  "设备 型号 位置 变更内容 2026-03-02 ZC-011 防火墙 USG6650 "
	  "机房A 更换电源", "43", "asset-list", EV_TYPE_SPREADSHEET, 0 },
	{ "资产/资产台账变更记录_2026.xlsx", "资产台账变更记录 日期 资产编号 "
	  "设备 型号 位置 变更内容 2026-03-02 ZC-011 防火墙 USG6650 "
	  "机房A 更换电源", "43", "ci-updates", EV_TYPE_SPREADSHEET, 1 },
	/* A hand-over meeting where the two sides did not agree (未达成一致)
	 * or whose minutes end in a signature block only records no
	 * consensus; one that settled the scope does. */
	{ "01需求调研/20260224 运维服务移交对接会会议纪要.docx",
	  "运维服务移交对接会会议纪要\n会议内容 双方就运维服务移交范围、服务方式"
	  "进行了沟通。\n待定事项 驻场人数和费用双方未达成一致,待下次会议再议。",
	  "3", "communication", EV_TYPE_DOCUMENT, 0 },
	{ "01需求调研/20240703对接会纪要.docx", "运维服务对接会纪要\n"
	  "一、会议内容 双方就运维服务范围、报修流程进行了沟通。\n二、遗留问题 "
	  "数据采集需求另行立项。记录:赵杰 双方确认签字:肖静 董思远",
	  "3", "communication", EV_TYPE_DOCUMENT, 0 },
	{ "01需求调研/20240703对接会纪要.docx", "运维服务对接会纪要\n"
	  "一、会议内容 双方就运维服务范围进行了沟通,达成一致:驻场2人。",
	  "3", "communication", EV_TYPE_DOCUMENT, 1 },
	/* A kick-off's minutes name the customer's side by the meeting. */
	{ "客户_恒远贸易/2025-01-11 恒远贸易 Kickoff 会议纪要 - 飞书云文档.docx",
	  "恒远贸易 kickoff 会议纪要\n结论(双方已确认) 服务范围:网络、NAS与备份。",
	  "3", "communication", EV_TYPE_DOCUMENT, 1 },
	/* The centre's own 主任办公会议纪要 settles its own business. */
	{ "会议纪要/中心主任办公会议纪要（第6期）.docx", "中心主任办公会议纪要\n"
	  "会议议定事项纪要如下: 一、关于教师节慰问 会议同意按标准慰问。",
	  "3", "communication", EV_TYPE_DOCUMENT, -1 },
	/* A 服务级别设计及OLA whose only chapter is the vendor's levels
	 * holds no OLA; one that says what the teams owe each other does. */
	{ "服务级别/服务级别设计及OLA.docx", "驻场服务级别设计 编号:NA-IT-FW-OLA\n"
	  "1 与粤核智安信息技术有限公司的服务级别设计 驻场及二线支持:一级事件"
	  "15分钟响应、2小时恢复。", "8", "ola", EV_TYPE_DOCUMENT, 0 },
	{ "服务级别/服务级别设计及OLA.docx", "服务级别设计及OLA\n"
	  "2 处内运营级别协议 网络与安全科、运行维护科、服务台之间的支持时限:"
	  "一级事件15分钟内接手。", "8", "ola", EV_TYPE_DOCUMENT, 1 },
	/* A year's 可用性保障措施 is the availability plan, not a list of
	 * indicators because it aims at 可用率不低于99.8%. */
	{ "集团发文/2026年信息系统可用性保障措施.docx", "2026年信息系统可用性保障措施\n"
	  "目标 营收、SCADA等系统综合可用率不低于99.8%。\n措施 夏季供水高峰前完成"
	  "SCADA服务器双机改造。", "18", "availability-plan",
	  EV_TYPE_DOCUMENT, 1 },
	{ "集团发文/2026年信息系统可用性保障措施.docx", "2026年信息系统可用性保障措施\n"
	  "目标 营收、SCADA等系统综合可用率不低于99.8%。", "6",
	  "availability-kpis", EV_TYPE_DOCUMENT, 0 },
	/* A review's input of changes that may affect the service, not the
	 * change process reviewed (变更+20%, 变更计划完成率, 变更通知不及时). */
	{ "管理评审/2026年度管理评审报告.docx", "2026年度管理评审报告\n"
	  "服务及过程绩效与符合性 SLA达成率96%,变更计划完成率96%。\n顾客反馈 "
	  "投诉2件(变更通知不及时)。\nIT服务数据汇总及预测 请求+15%、变更+20%。",
	  "60", "changes", EV_TYPE_DOCUMENT, 0 },
	{ "管理评审/2026年度管理评审报告.docx", "2026年度管理评审报告\n"
	  "可能影响服务的变化 电子病历五级评审、医保DRG付费改革。",
	  "60", "changes", EV_TYPE_DOCUMENT, 1 },
	/* The management review's report filed under 内审与管评/ is the
	 * review, not the internal audit; a report of both is both. */
	{ "09_内审与管评/2026/管理评审报告.pdf", "2026年度管理评审报告\n"
	  "评审输入 内审发现3项不符合,运维服务事件处理及时率98%。",
	  "59", "internal-audit", EV_TYPE_PDF, 0 },
	{ "09_内审与管评/2026/内审及管理评审报告.pdf", "2026年度内部审核及管理评审报告\n"
	  "内部审核 审核范围 运维服务管理体系,发现3项不符合。",
	  "59", "internal-audit", EV_TYPE_PDF, 1 },
	/* A preventive action's verification is clause 66's, not the
	 * effect of an improvement (68). */
	{ "监视测量/预防措施有效性验证记录2026.xlsx", "预防措施有效性验证记录 "
	  "措施 实施日期 有效性验证 UPS电池更换 2026-03-02 有效,未再告警",
	  "68", "effectiveness", EV_TYPE_SPREADSHEET, 0 },
	{ "持续改进/改进措施有效性验证记录2026.xlsx", "改进措施有效性验证记录 "
	  "措施 实施日期 有效性验证 监控告警收敛 2026-03-02 有效,达到目标",
	  "68", "effectiveness", EV_TYPE_SPREADSHEET, 1 },
	/* The past services' effect analysed under other names, with the
	 * production a school or a port has. */
	{ "03运维数据/以往运维服务效果分析报告.pdf", "以往运维服务效果分析报告\n"
	  "一、以往服务的解决方案及对生产的影响 病毒处置 2个营销部停机半天",
	  "7", "impact-analysis", EV_TYPE_PDF, 1 },
	{ "02运维记录/2026年度/数据分析及自动化需求.docx", "信息服务数据分析与自动化需求\n"
	  "一、服务影响分析 按作业线统计故障对船时效率和闸口通行时间的影响。",
	  "7", "impact-analysis", EV_TYPE_DOCUMENT, 1 },
	/* A vulnerability bulletin's 对xx银行资产进行影响分析 is what a flaw
	 * touches, not the past services' effect on production. */
	{ "05-服务实施/安全通告/漏洞分析报告.docx", "漏洞分析报告\n针对本周漏洞通告,"
	  "对xx银行资产进行影响分析: 受影响资产2台,已安排补丁。", "7",
	  "impact-analysis", EV_TYPE_DOCUMENT, 0 },
	/* A QHSE audit of HSE elements audited no IT service; one with a
	 * chapter on the IT service management system did. */
	{ "QHSE审核/2026年QHSE管理体系内部审核报告（信息中心）.docx",
	  "2026年QHSE管理体系内部审核报告(信息中心)\n一、HSE要素审核 发现一般"
	  "不符合项2项:灭火器月检漏签。\n二、质量要素审核 文件控制基本符合要求。",
	  "59", "internal-audit", EV_TYPE_DOCUMENT, 0 },
	{ "QHSE审核/2026年QHSE管理体系内部审核报告（信息中心）.docx",
	  "2026年QHSE管理体系内部审核报告(信息中心)\n三、信息技术服务管理体系审核 "
	  "审核了服务级别、事件、变更管理,发现不符合项1项。",
	  "59", "internal-audit", EV_TYPE_DOCUMENT, 1 },
	/* A year's improvement plan whose column 来源 says a KPI was not
	 * met analysed no defect; an analysis with its plan did. */
	{ "08质保与改进/持续改进/2026年持续改进计划.docx",
	  "2026年信息技术服务持续改进计划\n1 改进项目 改进项 来源 改进目标 "
	  "负责人 完成时间 工单与监控告警联动 pi未达标 按期完成率≥98% 吴子涵 "
	  "2026-09\n2 改进机会的评价准则 按安全影响、用户影响评分,列入年度计划",
	  "70", "defect-analysis", EV_TYPE_DOCUMENT, -1 },
	{ "质量/2026年运维服务不良情况分析及改进计划.docx",
	  "2026年运维服务不良情况分析及改进计划\n一、重大故障 3月核心交换机故障"
	  "中断2小时,原因为固件缺陷。\n二、失败变更 1次,已回退。\n三、改进计划 "
	  "升级固件,完善变更测试。",
	  "70", "defect-analysis", EV_TYPE_DOCUMENT, 1 },
	/* A business's customer hotline trained in its business is no IT
	 * service desk; the desk trained in tickets is. */
	{ "信息中心/调度值班/培训/96777坐席培训签到0824.xlsx",
	  "签到 96777客服热线坐席业务培训签到表 内容:燃气安全用气常识、阶梯气价政策、"
	  "报修受理话术 序号 姓名 部门 签字 1 坐席03 客服中心 2 坐席04 客服中心",
	  "48", "training", EV_TYPE_SPREADSHEET, 0 },
	{ "信息中心/调度值班/培训/96777坐席培训签到0825.xlsx",
	  "签到 IT热线坐席培训签到表 内容:工单受理、账号密码重置、故障派单 序号 姓名 "
	  "部门 签字 1 坐席03 运维组 2 坐席04 运维组",
	  "48", "training", EV_TYPE_SPREADSHEET, 1 },
	{ "服务大厅/培训/20260728 坐席业务培训记录.xlsx",
	  "培训记录 培训内容 服务大厅坐席业务培训:报修受理、分级派单、服务用语、知识库"
	  "使用 时间 2026年7月28日 主讲 朱涛 参训人员 签名 彭娟 黄雪梅",
	  "48", "training", EV_TYPE_SPREADSHEET, 1 },
	/* A change register whose every request waits for approval records
	 * no change; one whose changes were made does. */
	{ "信息科/变更/2026年/变更登记台账.xlsx",
	  "变更登记 信息系统变更登记台账(2026年) 编号 申请日期 变更内容 类别 审批人 "
	  "实施人 bg20260830 2026-08-30 防火墙策略开通 一般 待审批 罗超 bg20260818 "
	  "2026-08-18 银行接口证书更换 一般 待审批 罗超",
	  "54", "records", EV_TYPE_SPREADSHEET, 0 },
	{ "信息科/变更/2026年/变更登记台账.xlsx",
	  "变更登记 信息系统变更登记台账(2026年) 编号 申请日期 变更内容 类别 审批人 "
	  "实施结果 bg20260830 2026-08-30 防火墙策略开通 一般 罗超 成功 bg20260818 "
	  "2026-08-18 银行接口证书更换 一般 罗超 成功",
	  "54", "records", EV_TYPE_SPREADSHEET, 1 },
	/* Changes under the names people give them: a release register, a
	 * telecom's cutovers, an ITSM export that says only CHG and CAB. */
	{ "IT运维部/04 运行/2026Q3/变更/变更发布台账_2026Q3.xlsx",
	  "变更 变更发布台账(2026Q3) 变更单号 发布日期 内容 CAB 结果 CHG-202608-00 "
	  "2026-08-20 POS版本发布 已评审 成功",
	  "54", "records", EV_TYPE_SPREADSHEET, 1 },
	{ "09割接管理/割接台账（2026年）.xlsx",
	  "割接 割接台账(2026年) 割接单号 专业 网络/系统 割接内容 结果 实施人 日期 "
	  "GJ-202606-01 数据 医保业务专网 版本升级 成功 周思远 2026-06-09",
	  "54", "records", EV_TYPE_SPREADSHEET, 1 },
	{ "03_Records/2026/Q3/ServiceNow/change_request_20260819.xlsx",
	  "Page 1 Number Type Short description Requested by CAB date Approval "
	  "State CHG0067906 Normal FortiGate rule 吕文博 2026-08-01 Approved Closed",
	  "54", "records", EV_TYPE_SPREADSHEET, 1 },
	/* An incident procedure whose purpose line lists 事后处理 but which
	 * has no chapter on it is no complete incident process; one with the
	 * chapter is. */
	{ "01 规章制度/中心规定/网络安全事件处置规程_V1.1.docx",
	  "网络安全事件处置规程 批准 蒋晓东 一、目的和范围 (一)规范网络安全事件的分类、"
	  "报告、处置和事后处理,适用于省级业务系统。 二、事件分类分级 分为有害程序事件等"
	  "四级。 三、事件报告 立即报告业务值班室。 四、事件处置 确认定级→遏制→恢复。",
	  "34", "incident-process", EV_TYPE_DOCUMENT, 0 },
	{ "01 规章制度/中心规定/网络安全事件处置规程_V1.2.docx",
	  "网络安全事件处置规程 批准 蒋晓东 一、目的和范围 (一)规范网络安全事件的分类、"
	  "报告、处置和事后处理,适用于省级业务系统。 二、事件分类分级 分为有害程序事件等"
	  "四级。 三、事件报告 立即报告业务值班室。 四、事件处置 确认定级→遏制→恢复。 "
	  "五、事后处理 处置完毕后5个工作日内提交事件报告。",
	  "34", "incident-process", EV_TYPE_DOCUMENT, 1 },
	/* An outline is no strategy yet. */
	{ "个人资料/刘志强/运维保障策略（提纲）.docx",
	  "运维保障策略(提纲) 一、根据历史数据分析 二、保障策略 三、实施方案",
	  "4", "strategy", EV_TYPE_DOCUMENT, 0 },
	/* Minutes that leave the interface person to be named later appoint
	 * nobody; minutes that name one do. */
	{ "会议纪要/主任办公会/2026年/主任办公会纪要〔2026〕2号.docx",
	  "主任办公会纪要 2026年2月3日\n一、关于网络安全管理接口人 因网络安全科人员调整,"
	  "中心网络安全管理接口人待集团干部调整到位后另行明确。\n二、关于安全生产工作 "
	  "会议要求严格执行变更审批。",
	  "28", "interface-person", EV_TYPE_DOCUMENT, 0 },
	{ "会议纪要/主任办公会/20260420主任办公会纪要.docx",
	  "信息中心主任办公会议纪要 一、研究网络安全接口人人选,待下次会议确定。 "
	  "二、研究订货高峰日保障。",
	  "28", "interface-person", EV_TYPE_DOCUMENT, 0 },
	{ "09-会议纪要/总经理办公会/总经理办公会纪要（数字化专题）20260319.pdf",
	  "总经理办公会纪要 二、关于网络安全管理接口人 商管公司提出需明确网络安全管理"
	  "接口人,会议要求信息管理部提出人选,下次会议确定。",
	  "28", "interface-person", EV_TYPE_PDF, 0 },
	{ "会议纪要/主任办公会/2026年/主任办公会纪要〔2026〕3号.docx",
	  "信息中心主任办公会会议纪要 〔2026〕第3期 2026年3月3日\n一、关于网络安全管理接口人 "
	  "会议明确网络安全科余俊杰为中心网络安全管理接口人,负责与集团和监管部门对接。",
	  "28", "interface-person", EV_TYPE_DOCUMENT, 1 },
	/* The 双重预防 procedure of a company under the 安全生产 law
	 * documents its preventive measures; its 台账 of hazards is a
	 * record of them. */
	{ "03制度/信息系统安全风险分级管控和隐患排查治理实施细则.docx",
	  "信息系统安全风险分级管控和隐患排查治理实施细则\n第一章 总则 第一条 为落实双重"
	  "预防机制,在故障发生前消除隐患和潜在不符合的原因,制定本细则。\n第二章 预防措施 "
	  "第二条 针对潜在问题制定预防措施,经批准后实施,一个月内验证其有效性。",
	  "66", "preventive-actions", EV_TYPE_DOCUMENT, 1 },
	/* A state-owned company's 企业标准 is its procedure. */
	{ "03标准/Q-XYC-G-0301 信息运维问题管理标准.pdf",
	  "Q/XYC-G-0301-2025 信息运维问题管理标准 2025-03-01发布 2025-04-01实施 "
	  "1 范围 本标准规定了问题的识别、记录、根本原因分析和关闭。2 职责 信息中心负责问题"
	  "管理。3 管理内容与要求 重复发生的事件建立问题单,10个工作日内完成根因分析。",
	  "20", "procedure", EV_TYPE_PDF, 1 },
	/* A provider's signed 服务承诺书 with its levels is the SLA; a
	 * contract that leaves the levels to another paper (服务级别另行约定)
	 * is not it. */
	{ "县局服务/03服务承诺书/2026年度信息化运维服务承诺书（签字版）.pdf",
	  "2026年度信息化运维服务承诺书 甲方:庐阳市烟草专卖局各县局 乙方:信息中心 "
	  "一、运维方式 订货日驻场值守;每季度定期巡检;非工作时间远程值守。二、服务级别及"
	  "核心指标 营销系统可用率≥99.9%;一级事件10分钟响应。甲方(盖章) 乙方(盖章) "
	  "2026年8月18日", "39", "sla", EV_TYPE_PDF, 1 },
	{ "综合科/合同/驻场运维服务合同/合同正文（扫描）.pdf",
	  "信息系统驻场运维服务合同 甲方:汾州市烟草专卖局 乙方:晋云数科信息技术有限公司 "
	  "服务内容:驻场运维2人,服务期一年;服务级别另行约定。", "39", "sla",
	  EV_TYPE_PDF, 0 },
	/* The dated final text a cover gives (（2025年1月定稿）) is an issued
	 * edition; a bare （定稿） is no more than a working copy's name. */
	{ "01 中心制度/信息化服务申请办理规范.pdf",
	  "信息化服务申请办理规范（2025年1月定稿）\n一、目的 为规范学校和教师申请信息化"
	  "服务的办理,制定本规范。二、服务申请范围 账号开通、权限调整。三、办理流程 学校"
	  "信息管理员填报服务申请,中心受理后两个工作日内办结。", "49",
	  "request-procedure", EV_TYPE_PDF, 1 },
	{ "01 中心制度/信息化服务申请办理规范.pdf",
	  "信息化服务申请办理规范（定稿）\n一、目的 为规范学校和教师申请信息化"
	  "服务的办理,制定本规范。二、服务申请范围 账号开通、权限调整。三、办理流程 学校"
	  "信息管理员填报服务申请,中心受理后两个工作日内办结。", "49",
	  "request-procedure", EV_TYPE_PDF, 0 },
	/* A 可用性计划与报告 that holds only the period's events and figures
	 * names the plan and sets out none; one with its targets and
	 * measures is the plan. */
	{ "03_SRE/可用性/可用性计划与报告_2026.docx",
	  "可用性管理：计划、事件与报告（2026年）\n1. 可用性事件 日期 事件 影响时长 "
	  "2026年7月31日 华东二区掉线 38min\n2. 可用性报告 本期全服可用率 99.93%，"
	  "充值网关 99.97%，均达标。", "18", "availability-plan", EV_TYPE_DOCUMENT, 0 },
	{ "03_SRE/可用性/可用性计划与报告_2026.docx",
	  "可用性管理：计划、事件与报告（2026年）\n1. 可用性计划 全服可用率目标 99.9%，"
	  "网关双活部署，数据库主备切换。\n2. 可用性报告 本期全服可用率 99.93%。", "18",
	  "availability-plan", EV_TYPE_DOCUMENT, 1 },
	/* A 监视测量表 records a quarter's figures (57): it is not the
	 * monitoring process that 服务监视 names. */
	{ "体系/监视测量/运维服务监视测量表_2026Q1.xlsx",
	  "KPI\n运维服务监视测量表（2026年Q1）\n指标\t目标\t实际\t结论\n"
	  "可用率\t≥99.9%\t99.93%\t达成\n满意度\t≥90\t88\t未达成\n",
	  "61", "monitoring-process", EV_TYPE_SPREADSHEET, -1 },
	/* 尚未批准 is no approval; 按CSI评估标准 cites criteria written
	 * elsewhere; 双方未形成一致意见 is no agreement reached; a copy
	 * marked _改 is a working revision. */
	{ "08 体系管理/CSI/改进机会评估排序_2026-03.xlsx",
	  "CSI登记册\n改进机会评估与优先级排序\n排序方式：按CSI评估标准加权打分。状态："
	  "待评审（提交IT周会讨论，尚未批准）\n改进机会\t影响\t成本\t得分\t优先级\n"
	  "门店巡检自动化\t9\t7\t83\t高\n", "67", "analysis", EV_TYPE_SPREADSHEET, 0 },
	{ "08 体系管理/CSI/改进机会评估排序_2026-03.xlsx",
	  "CSI登记册\n改进机会评估与优先级排序\n排序方式：按CSI评估标准加权打分。批准：韩子涵"
	  "\n改进机会\t影响\t成本\t得分\t优先级\n门店巡检自动化\t9\t7\t83\t高\n",
	  "64", "criteria", EV_TYPE_SPREADSHEET, 0 },
	{ "05 加盟管理公司/01 需求调研/对接会纪要0104.docx",
	  "加盟管理公司IT运维服务对接会会议纪要 时间：2026年1月4日 一、议题 2026年度服务范围。"
	  "二、讨论情况 驻场费用分担双方未形成一致意见；健康检查频次待领导确认后另行沟通。",
	  "3", "communication", EV_TYPE_DOCUMENT, 0 },
	{ "个人/于佳怡/2027年持续改进计划_改.docx",
	  "2027年持续改进计划 一、改进目标 客户满意度提升至95分。二、评估标准 按影响、成本、"
	  "风险评分。", "68", "plan", EV_TYPE_DOCUMENT, 0 },
	/* A log audit's 业务系统日志 are the network application's logs. */
	{ "网络安全/日志审计/2026年第2季度日志审计报告.pdf",
	  "2026年第2季度网络安全日志审计报告 审计人:宋明 日期:2026年6月9日 一、网络和安全"
	  "设备日志 防火墙、入侵防御日志共2958万条。二、服务器和操作系统日志 服务器登录日志"
	  "中发现非工作时间登录3次。三、业务系统日志 网厅日志中sql注入尝试530次,均被拦截。",
	  "47", "audit", EV_TYPE_PDF, 1 },
	/* A blank copy marked （空）, and a working revision 改2 beside its
	 * final version, prove nothing. */
	{ "信息科/人员/岗位职责清单（空）.xlsx",
	  "sheet1\n信息科运维岗位及职责清单\n岗位/角色\t职责\t所在组织\t人员\n"
	  "系统管理员\t负责业务系统运维\t系统组\t张三\n",
	  "23", "roles", EV_TYPE_SPREADSHEET, 0 },
	{ "信息科/项目/20260223综合业务系统升级/升级改造实施方案改2.docx",
	  "综合业务系统升级改造实施方案 一、改造内容 数据库升级。二、测试计划 功能测试、性能"
	  "测试。三、回退方案 升级失败时恢复备份并回退至原版本。",
	  "25", "test-plan", EV_TYPE_DOCUMENT, 0 },
	/* A bracket between the words: 故障（中断）登记表 records outages. */
	{ "运维保障科/故障登记/信息系统故障（中断）登记表2026.xlsx",
	  "故障登记\n信息系统故障(中断)登记表2026\n发生日期\t系统\t事件\t中断时长\t原因\t"
	  "处理\n2026-08-03\t集装箱码头操作系统(TOS)\t接口中断\t32分钟\tOCR服务器宕机\t已恢复\n",
	  "18", "availability-events", EV_TYPE_SPREADSHEET, 1 },
	/* The contract that buys the service sets the third party's levels;
	 * one that buys servers sets none. */
	{ "08 运维公司/合同/运维服务采购合同（含服务技术要求）.pdf",
	  "教育信息化运维服务采购合同 采购人:电化教育馆 供应商:之江易维网络科技有限公司 "
	  "第一部分合同条款 服务期限一年,按季度考核结果支付。第二部分服务技术要求 1. 服务"
	  "范围:城域网核心设备的运维。 2. 服务级别:故障等级 响应时间 到场时间 一级 15分钟 1小时",
	  "8", "sld", EV_TYPE_PDF, 1 },
	{ "综合科/合同/服务器采购合同.pdf",
	  "服务器采购合同 采购人:电化教育馆 供应商:某某科技有限公司 交货期:合同签订后30日内。"
	  "质保三年。", "8", "sld", EV_TYPE_PDF, 0 },
	/* A contractor's 扣分 sheet loses points; it measures nothing. */
	{ "综合办公室/运维考核/2026年第2季度驻场运维考核评分表.xlsx",
	  "考核\n驻场运维服务季度考核评分表(2026年第2季度)\n被考核单位:晋中数联科技有限公司\n"
	  "考核项\t扣分\t说明\n有效投诉\t-3\t宿舍区无线投诉3次\n故障恢复超时\t-2\t"
	  "一级故障恢复超时\n资料报送\t-1\t月报迟交\n",
	  "57", "measurement", EV_TYPE_SPREADSHEET, 0 },
	/* A rectification notice to the contractor, with its cause, measure,
	 * deadline and check, records a corrective action. */
	{ "安全生产/整改通知单/2026年/整改通知单ZG20260220.pdf",
	  "整改通知单 编号 ZG-20260220 受检单位 福州港信数科技术有限公司 问题来源 月度考核:"
	  "一级故障恢复时间1.3小时,未达到1小时目标 原因分析 夜间备件不在现场 整改措施 关键"
	  "备件前置到码头备件库 整改期限 2026-03-12 复查情况 次月一级故障平均恢复0.7小时,整改有效",
	  "57", "capa", EV_TYPE_DOCUMENT, 1 },
	/* A hazard register whose rows give each measure and its verified
	 * 销号 is the record of their effectiveness. */
	{ "安全生产/隐患排查治理/信息系统隐患排查治理台账2026.xlsx",
	  "台账\n信息系统隐患排查治理台账(2026年)\n序号\t排查日期\t隐患描述\t等级\t"
	  "预防/整改措施\t责任人\t验证销号\n1\t2026-07-13\t闸口机柜雨季进水隐患\t一般\t"
	  "加装防水罩和漏水告警\t韩志强\t已验证有效,销号 2026-08-02\n",
	  "66", "effectiveness", EV_TYPE_SPREADSHEET, 1 },
	/* A review held as another body's meeting is one by its structure:
	 * its minutes open with 评审输入. */
	{ "网信委/2026年度全体会议纪要.docx",
	  "一、评审输入 服务和流程的执行情况和符合性:服务级别达成率96.8%。当前和预测资源"
	  "水平:中心在编12人、驻场3人;新校区启用后预计需增加驻场2人。\n二、评审结论 "
	  "会议认为中心运维服务管理体系总体适宜、充分、有效。",
	  "60", "resources", EV_TYPE_DOCUMENT, 1 },
	/* A check's sheet of the measures taken after it is no documented
	 * preventive measure. */
	{ "综合办公室/质量考核/2026年第2季度服务质量考核及纠正预防措施.xlsx",
	  "2026年第2季度服务质量考核及纠正预防措施—纠正预防措施\n编号\t问题\t"
	  "原因\t措施\t责任人\t验证情况\njz-2026-05\t工单按时完成率未达标\t"
	  "夜间坐席不足\t增加夜间坐席;优化派单规则,预防再次发生\t郭静\t次月完成率99%,有效\n",
	  "66", "preventive-actions", EV_TYPE_SPREADSHEET, 0 },
	/* A bulletin whose analysis refers to vulnerabilities it never
	 * named holds no vulnerability notice; one whose chapter names a
	 * component's vulnerability does. */
	{ "04安全管理/安全通报/2026/信息安全通报（2026年第16期）.docx",
	  "信息安全通报 第16期 2026年8月21日\n一、监管与政策动态 《网络数据安全"
	  "管理条例》施行。\n三、病毒预警 近期钓鱼邮件携带窃密木马。\n四、分析与"
	  "建议 以上漏洞对我司影响等级为高,建议本月变更窗口完成修复。",
	  "52", "vulnerability", EV_TYPE_DOCUMENT, 0 },
	{ "网络安全科/预警通报/网络安全预警通报（2026年第11期）.pdf",
	  "网络安全预警通报(2026年第11期)\n三、政策法规与业界动态 厂商发布防火墙"
	  "安全公告1则。\n四、分析与要求 本月漏洞预警5条、病毒预警2条,补丁平均"
	  "修复时长4.2天。",
	  "52", "vulnerability", EV_TYPE_PDF, 0 },
	{ "03网络安全/通报/网络安全通报第17期.pdf",
	  "网络安全通报(第17期)\n一、漏洞与威胁 本期发布BAPLIE解析组件漏洞等3条预警。",
	  "52", "vulnerability", EV_TYPE_PDF, 1 },
	/* On site where the customer is: a mine's 驻矿值守. */
	{ "客户服务/红柳沟矿/02 协议/红柳沟矿服务级别协议（签字盖章）.pdf",
	  "红柳沟矿信息系统运维服务级别协议\n第二条 运维方式 驻矿值守:信息中心派1名"
	  "运维员驻红柳沟矿调度室;定期巡检:每月对机房和井下环网巡检一次;远程值守:"
	  "夜班由中心运维调度台远程监视。",
	  "35", "sla", EV_TYPE_PDF, 1 },
	/* The agreement under another word for the service: a rural
	 * bank's 科技服务协议. */
	{ "法人行社服务/清镇农商银行/02科技服务协议/科技服务协议（清镇农商银行）盖章扫描件.pdf",
	  "科技服务协议 甲方:清镇农村商业银行 乙方:省农村信用社联合社\n第三条 服务"
	  "级别及核心指标 综合业务系统可用率 ≥99.95% 重大事件响应 15分钟",
	  "39", "sla", EV_TYPE_PDF, 1 },
	/* Approved by the body that approves: 领导小组审定; not a draft
	 * sent to it (报领导小组审定). */
	{ "应急与灾备/业务连续性/全省农信信息系统业务连续性计划.pdf",
	  "全省农信信息系统业务连续性计划 V3.0 2024/07/05 省联社网络安全和信息化"
	  "领导小组审定\n一、适用范围 适用于全省农信重要信息系统。",
	  "42", "bcp", EV_TYPE_PDF, 1 },
	{ "应急与灾备/业务连续性/全省农信信息系统业务连续性计划.pdf",
	  "全省农信信息系统业务连续性计划 V3.0 拟报领导小组审定\n一、适用范围 "
	  "适用于全省农信重要信息系统。",
	  "42", "bcp", EV_TYPE_PDF, 0 },
	/* The departments' time limits for each other are the OLA. */
	{ "04 技术保障科/服务管理/中心各科室运维协同工作约定.docx",
	  "中心各科室运维协同工作约定\n一、约定目的 明确中心各科室之间在运维工作中的"
	  "配合时限。\n二、协同时限 一级 技术保障科 15分钟 4小时",
	  "8", "ola", EV_TYPE_DOCUMENT, 1 },
	/* The supplier's levels set as the internal table's. */
	{ "01 制度标准/内部运营级别约定与第三方服务级别设计.docx",
	  "内部运营级别约定与第三方服务级别设计\n工班 一类故障响应 恢复 afc工班 15分钟 "
	  "2小时\n与第三方的服务级别设计 驻场外包单位楚天轨交信息技术有限公司的响应和"
	  "恢复时限与上表一致,合同附件列明。",
	  "8", "sld", EV_TYPE_DOCUMENT, 1 },
	/* An English CSI register: its columns status and measured effect
	 * record the implementation and its effect. */
	{ "09_CSI/CSI Register 2026.xlsx",
	  CSI_REGISTER,
	  "68", "implementation", EV_TYPE_SPREADSHEET, 1 },
	{ "09_CSI/CSI Register 2026.xlsx",
	  CSI_REGISTER,
	  "68", "effectiveness", EV_TYPE_SPREADSHEET, 1 },
	/* A notice that reshapes the security leadership group is the
	 * organisation, with or without 及工作机构 in its name. */
	{ "00 局发文件/2024年/东教发〔2024〕10号 关于调整网络安全和信息化工作领导小组的通知.pdf",
	  "东湖区教育局文件 东教发〔2024〕10号\n关于调整东湖区教育系统网络安全和信息化"
	  "工作领导小组的通知\n一、领导小组 组长:局长 副组长:分管副局长 成员:局办公室、"
	  "信息化中心\n二、领导小组办公室设在信息化中心,负责网络安全日常工作。",
	  "9", "org-chart", EV_TYPE_PDF, 1 },
	/* A metro's desk for every station's faults and requests. */
	{ "01 制度标准/中心发文/XJ-FW-2023-010 关于设立生产调度台的通知.docx",
	  "关于设立生产调度台的通知\n为统一受理车站和各部门的报障及服务请求,中心在控制"
	  "中心设立生产调度台,实行四班二运转倒班,电话8800。",
	  "48", "service-desk", EV_TYPE_DOCUMENT, 1 },
	/* A hollow 岗位责任制 whose duties are in other documents lists no
	 * roles. */
	{ "01综合办公室/制度文件/信息中心岗位责任制（2025年修订）.docx",
	  "信息中心岗位责任制 (2025年修订)\n为落实“一岗一责、一岗双责”,明确各岗位的运维和"
	  "安全职责,制定本岗位责任制。\n各岗位职责见各科室岗位说明书,由科室负责人组织落实。",
	  "23", "roles", EV_TYPE_DOCUMENT, 0 },
	/* A register of the network's outages, and a fab's 当机 log (22). */
	{ "可用性/网络及平台中断事件登记表（2026-2027学年第一学期）.xlsx",
	  "登记\t网络及平台中断事件登记表\n日期\t系统\t影响范围\t中断时长\t原因\n"
	  "2026-10-24\t智慧校园平台\t东山外国语学校\t6分钟\t光模块故障\n",
	  "22", "events", EV_TYPE_SPREADSHEET, 1 },
	{ "2026/可用性/FM-IT-012 系统当机记录表.xlsx",
	  "downtime\tFM-IT-012 系统当机记录表 System Downtime Log 2026\nDate\tSystem\t"
	  "Type\tDuration\n2026-05-24\tMES\tunplanned 非计划\t55 min\n",
	  "18", "availability-events", EV_TYPE_SPREADSHEET, 1 },
	/* The past's data reviewed before taking over (4): a 运维数据回顾 is
	 * its analysis, a 运行资料分析及接管方案 lists the data it had. */
	{ "需求调研/既有线运维数据回顾及保障策略.docx",
	  "既有线运维数据回顾及保障策略\n二、数据分析 指标完成:AFC设备可用率99.82%;违例操作:"
	  "未请点擅自作业2起;重大事件:闸机通讯中断;失败变更:PIS播控升级失败已回退。",
	  "4", "analysis", EV_TYPE_DOCUMENT, 1 },
	{ "1.接管前期/系统运行资料分析及接管方案.docx",
	  "系统运行资料分析及接管方案\n接管前,对其近一年系统运行资料进行了梳理。\n"
	  "一、资料清单 资料 来源 故障记录 原运维单位 近12个月 41份",
	  "4", "history-list", EV_TYPE_DOCUMENT, 1 },
	/* One that only says it looked at a year of data lists none. */
	{ "01 需求调研/运行数据分析及运维策略.docx",
	  "运行数据分析及运维策略\n接管前对公司近一年运行数据进行梳理。\n二、数据分析 "
	  "指标完成:系统可用率99.87%;违章操作:无票作业2次;重大事件:1起;失败检修:2次。",
	  "4", "history-list", EV_TYPE_DOCUMENT, 0 },
	/* A monthly security log review reads the devices', servers' and
	 * applications' logs (17, 45, 47); its work instruction is none. */
	{ "信息安全课/2026/日志审查/安全日志审查月报_202604.pdf",
	  "安全日志审查月报 Security Log Review Report(2026-04)\n1. 网络及安全设备日志 "
	  "FortiGate/IPS日志4098万笔\n2. 服务器与操作系统日志 AD登入失败2次\n"
	  "3. 网络应用日志 MES应用日志异常权限变更0笔",
	  "45", "audit-report", EV_TYPE_PDF, 1 },
	{ "07_Security/Log_Review/2026/Security Log Review 2026-02.pdf",
	  "Security Log Review 2026-02 / 安全日志审查月报\n1 Network and security devices "
	  "网络及安全设备日志 firewall/IPS events\n2 Servers and operating systems "
	  "服务器及操作系统日志 Windows/Linux logon review\n3 Applications 应用日志 SAP",
	  "47", "audit", EV_TYPE_PDF, 1 },
	{ "体系文件/WI-SEC-041 安全日志审查作业指导书.docx",
	  "安全日志审查作业指导书\n每月汇整防火墙、IPS、服务器、操作系统及MES应用日志,"
	  "出具安全日志审查月报。",
	  "17", "log-analysis", EV_TYPE_DOCUMENT, 0 },
	/* A 渗透测试计划及记录 is a plan as well as a record (its name joins
	 * them), when the plan is in it. */
	{ "03 网络安全/渗透测试/2026年/渗透测试计划及记录.docx",
	  "2026年收费网络渗透测试\n测试计划\n授权范围:收费站车道系统、门户网站;时间:"
	  "6月18日夜间0:00-5:00;方法:外网与收费专网两路。\n测试记录\n编号 目标 发现 "
	  "风险 复测\nP-01 门户网站 SQL注入 高 已修复",
	  "32", "pentest-plan", EV_TYPE_DOCUMENT, 1 },
	{ "03 网络安全/渗透测试/2026年/渗透测试计划及记录.docx",
	  "2026年收费网络渗透测试\n测试记录\n编号 目标 发现 风险 复测\nP-01 门户网站 "
	  "SQL注入 高 已修复",
	  "32", "pentest-plan", EV_TYPE_DOCUMENT, 0 },
	/* A monthly 运行月报 is the data collection when it gives the ten
	 * indicators, and not when it gives a few. */
	{ "03系统运维科/2026年/运行月报/信息系统运行月报_202604.docx",
	  "信息系统运行月报(2026年4月)\n信息技术处编写:刘伟审核:刘明 2026-05-08\n"
	  "1 本月概况 本月受理工单377张,故障55起(一级0起),变更25项。\n"
	  "3 运维数据 指标 本月 异常报告及时率 98.6% "
	  "异常漏报率 0.4% 维护作业计划(PM)及时完成率 97.1% 故障隐患发现率 91% "
	  "异常主动发现率 87% 问题解决率 94% 漏洞扫描覆盖率 100% 加固设备覆盖率 95% "
	  "安全补丁安装及时率 92% 安全事件次数 8", "56", "data", EV_TYPE_DOCUMENT, 1 },
	{ "03系统运维科/2026年/运行月报/信息系统运行月报_202604.docx",
	  "信息系统运行月报(2026年4月)\n信息技术处编写:刘伟审核:刘明 2026-05-08\n"
	  "1 本月概况 本月受理工单377张,故障55起(一级0起),变更25项。\n"
	  "3 运维数据 异常报告及时率 98.6% "
	  "问题解决率 94% 安全事件次数 8", "56", "data", EV_TYPE_DOCUMENT, 0 },
	/* The service-request process's own SOP, issued, is its procedure. */
	{ "00_制度SOP/SOP/YQWL-SOP-02_IT服务请求SOP_v2.3.pdf",
	  "IT服务请求SOP v2.3\n1 目的 规范服务请求的受理与关闭。\n批准:王强 "
	  "2024-01-13 发布", "49", "request-procedure", EV_TYPE_DOCUMENT, 1 },
	/* A review whose conclusion says the system ran and conformed (体系运行
	 * 基本有效, 与…规定相符) gives the execution and conformity; one that
	 * judges only its suitability (适宜性、充分性和有效性) does not. */
	{ "07内控合规/管理评审/2026年度信息科技管理评审会议纪要.docx",
	  "2026年度信息科技管理评审会议纪要\n二、评审结论 运维服务管理体系运行基本有效,"
	  "与总公司要求和监管规定相符。", "59", "management-review",
	  EV_TYPE_DOCUMENT, 1 },
	{ "05质量管理/管理评审/2026年度管理评审会议纪要.docx",
	  "2026年度管理评审会议纪要 评审体系运行的适宜性、充分性和有效性。"
	  "输入 客户反馈:满意度 92.4。", "59", "management-review",
	  EV_TYPE_DOCUMENT, 0 },
	/* A 科技结算中心's staff list settles nothing; a 结算单 is no list. */
	{ "科技结算中心/综合科/运维人员名册20260506.xlsx", "科技结算中心运维人员名册"
	  "(2026年5月6日)\n序号 姓名 科室 岗位 用工性质\n1 邓志强 综合科 科长 正式员工\n"
	  "2 徐文博 安全科 安全运维岗 正式员工", "9", "staff-list",
	  EV_TYPE_SPREADSHEET, 1 },
	{ "综合科/人员管理/驻场运维人员名单（费用结算）202605.xlsx", "驻场运维人员费用结算"
	  "\n序号 姓名 岗位 人天 金额\n1 邓志强 运维 22 8800", "9", "staff-list",
	  EV_TYPE_SPREADSHEET, 0 },
	/* Improvement awareness is what was taught, not a word in the name of
	 * the 办法 that was read (69). */
	{ "安全管理/学习记录/20260927《运维服务持续改进管理办法》学习签到表.xlsx",
	  "签到\n学习内容 《运维服务持续改进管理办法》\n日期 2026年9月27日\n姓名 签字\n"
	  "王强 王强", "69", "awareness-training", EV_TYPE_SPREADSHEET, 0 },
	{ "培训/20260927持续改进意识宣贯签到表.xlsx",
	  "签到\n宣贯内容 持续改进意识与PDCA,依据《运维服务持续改进管理办法》\n"
	  "日期 2026年9月27日\n姓名 签字\n王强 王强", "69", "awareness-training",
	  EV_TYPE_SPREADSHEET, 1 },
	/* A 岗位责任制 that gives each post its duties, and a 运维角色及职责
	 * (a filler 及), are the role list; an 组织架构及权责 whose bodies
	 * have duties (委员会负责…) names no role. */
	{ "01综合科/制度文件/信息中心岗位责任制（2024年修订）.docx",
	  "信息中心岗位责任制(2024年修订)\n为明确各岗位的运维和安全职责,制定本岗位责任制。\n"
	  "岗位 所在科室 主要职责 安全职责\n服务经理岗 运行保障科 服务级别管理 组织服务质量考核\n"
	  "网络安全管理岗 网络与信息安全科 漏洞扫描、应急响应 隐患排查治理", "18", "roles",
	  EV_TYPE_DOCUMENT, 1 },
	{ "信息化管理部/运维角色及职责（2025年调整）.docx",
	  "运维角色及职责\n角色 对应组织 职责\n安全负责人 领导小组办公室 负责安全策略审定\n"
	  "运维组长 运维组 负责日常运维调度", "23", "roles", EV_TYPE_DOCUMENT, 1 },
	{ "7.部门行政/IT部组织架构及权责 Rev.C.pdf", "IT部组织架构及权责\n"
	  "1. 信息安全委员会 主任委员:厂长。负责信息安全方针与资源决策。\n2. 管理组 "
	  "信息安全课课长:ISMS维护、风险评估。", "23", "roles", EV_TYPE_DOCUMENT, -1 },
	/* An OLA whose only 内部 is its own name or its classification (密级
	 * internal 内部), over the vendor's levels alone, is none; a table of
	 * each internal team's times is one. */
	{ "04_Service_Management/SLM/UC Service Levels and Internal OLA.docx",
	  "Underpinning Contract Service Levels and Internal OLA / 外包服务级别设计与"
	  "内部运营级别协议\nclassification 密级 internal 内部 (TISAX)\n1 Service "
	  "levels agreed with 苏州博维信息技术服务有限公司 P1: response 15 min, "
	  "restore 2 h", "8", "ola", EV_TYPE_DOCUMENT, 0 },
	{ "01 制度标准/内部运营级别约定与第三方服务级别设计.docx",
	  "内部运营级别约定与第三方服务级别设计\n内部运营级别约定\n工班 一类故障响应 恢复\n"
	  "AFC工班 15分钟 2小时\n数据中心工班 15分钟 1小时", "8", "ola",
	  EV_TYPE_DOCUMENT, 1 },
	/* The knowledge procedure with a filler (知识积累与共享) or the
	 * knowledge base as 经验库 (21). */
	{ "01制度文件/集团文件/2024/鄂西煤信[2024]7号 运维知识积累与共享管理办法（签发扫描）.pdf",
	  "运维知识积累与共享管理办法\n第一条 为积累运维经验,建立知识库,制定本办法。\n"
	  "签发:罗磊 2024年8月8日", "21", "procedure", EV_TYPE_DOCUMENT, 1 },
	{ "集团发文/2024年/汾阳水务〔2024〕24号 关于印发《运维经验库管理实施细则》的通知.docx",
	  "关于印发《运维经验库管理实施细则》的通知\n各单位:现将《运维经验库管理实施细则》"
	  "印发给你们,请遵照执行。\n运维经验库管理实施细则\n第一条 为规范运维经验的采集、"
	  "审核和共享,建立运维经验库,制定本细则。第二条 经验条目由岗位人员提交,专业组长审核后"
	  "发布。第三条 每季度复核一次,过期条目修订或下线。第四条 本细则自印发之日起施行。",
	  "21", "procedure", EV_TYPE_DOCUMENT, 1 },
	/* An analysis of one 较大故障 with what is to be done (70); not a
	 * year's statistics that only count 较大事件. */
	{ "信息化管理部/04 运维组/2026年/故障分析/项目综合管理系统较大故障分析报告.docx",
	  "项目综合管理系统较大故障分析报告\n故障经过 数据库主节点宕机2小时10分钟。\n"
	  "原因分析及整改 直接原因:归档日志满。整改:增加容量告警。", "70",
	  "defect-analysis", EV_TYPE_DOCUMENT, 1 },
	{ "四级文件（记录）/2026/05事件/信息安全事件分析报告.docx",
	  "信息安全事件分析报告 日期:2026/3/7\n一、事件总体情况 本年度共发生信息安全事件86起,"
	  "其中较大事件2起。\n二、原因分析 弱口令。\n三、改进建议 推行口令复杂度检查。", "70",
	  "defect-analysis", EV_TYPE_DOCUMENT, 0 },
	/* The sections of a 处 promise each other their time limits (8). */
	{ "01综合科/服务管理/处内运行保障协同约定.docx",
	  "处内运行保障协同约定\n一、约定范围 应用运维科、网络与安全科之间的故障接手和"
	  "支持时限。\n二、协同时限 一级故障二线科室15分钟内接手、2小时恢复。",
	  "8", "ola", EV_TYPE_DOCUMENT, 1 },
};

static void
test_record_cases(void **state)
{
	struct verdicts v;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(record_cases) /
	    sizeof(record_cases[0]); i++) {
		v = judge(record_cases[i].path, record_cases[i].cls,
		    record_cases[i].text);
		if (verdict_for(&v, record_cases[i].clause,
		    record_cases[i].item) != record_cases[i].want)
			print_message("case %zu: %s/%s\n", i,
			    record_cases[i].clause,
			    record_cases[i].item);
		assert_int_equal(verdict_for(&v, record_cases[i].clause,
		    record_cases[i].item), record_cases[i].want);
		file_matches_free(v.m, v.n);
	}
}

static void
test_catalog_content(void **state)
{
	struct verdicts v;

	(void)state;
	v = judge("服务设计/安全运维服务目录.docx", EV_TYPE_DOCUMENT,
	    "安全运维服务目录\n1 初始服务\n2 安全设备运维\n3 日常巡检服务\n"
	    "4 健康检查\n5 安全事件审计");
	assert_int_equal(verdict_for(&v, "12", "catalog"), 1);
	assert_int_equal(verdict_for(&v, "29", "catalog"), 1);
	/* 19 asks for other services: 运维监控与分析, 终端安全监控 ... */
	assert_int_equal(verdict_for(&v, "19", "catalog"), 0);
	file_matches_free(v.m, v.n);

	/* One required service missing: not the catalogue the form wants. */
	v = judge("服务设计/安全运维服务目录.docx", EV_TYPE_DOCUMENT,
	    "安全运维服务目录\n1 初始服务\n2 安全设备运维\n3 日常巡检服务\n"
	    "4 健康检查");
	assert_int_equal(verdict_for(&v, "12", "catalog"), 0);
	file_matches_free(v.m, v.n);
}

static void
test_never_count(void **state)
{
	const char *paths[] = {
		".recycle/SLA/服务级别协议.docx",
		"SLA/#recycle/服务级别协议.docx",
		"SLA/~$服务级别协议.docx",
		"SLA/.~lock.服务级别协议.docx#",
		"$RECYCLE.BIN/S-1-5/服务级别协议.docx",
		"SLA/Thumbs.db",
		"@eaDir/服务级别协议.docx",
		".Trash-1000/files/服务级别协议.docx",
	};
	char *norm;
	size_t i, len;

	(void)state;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		assert_int_equal(textnorm_normalize(paths[i], strlen(paths[i]),
		    &norm, &len), 0);
		if (!ruleset_is_ignored(pack, mt, norm, NULL))
			fail_msg("%s is not ignored", paths[i]);
		free(norm);
	}
	assert_int_equal(textnorm_normalize("SLA/服务级别协议.docx", 25, &norm,
	    &len), 0);
	assert_false(ruleset_is_ignored(pack, mt, norm, NULL));
	free(norm);
}

/* Issue 8: every item says its kinds, and they keep the usual decoys out. */
static void
test_kinds(void **state)
{
	struct verdicts v;
	size_t c, i;

	(void)state;
	for (c = 0; c < pack->n_clauses; c++)
		for (i = 0; i < pack->clauses[c].n_items; i++)
			if (pack->clauses[c].items[i].kinds == 0)
				fail_msg("%s/%s has no kinds", pack->clauses[c].id,
				    pack->clauses[c].items[i].id);
	/* The review procedure is no review record ... */
	v = judge("二级文件/QP-15 管理评审控制程序.docx", EV_TYPE_DOCUMENT,
	    "管理评审控制程序 1 目的 规定管理评审的输入、输出和执行情况的评价");
	assert_int_not_equal(verdict_for(&v, "59", "management-review"), 1);
	file_matches_free(v.m, v.n);
	v = judge("17管理评审/2026年度管理评审报告.docx", EV_TYPE_DOCUMENT,
	    "2026年度管理评审报告 服务和流程的执行情况及符合性良好");
	assert_int_equal(verdict_for(&v, "59", "management-review"), 1);
	file_matches_free(v.m, v.n);
	/* ... and a training sign-in sheet about the plan is no plan. */
	v = judge("培训/网络安全事件应急响应预案培训签到V3.0.xlsx",
	    EV_TYPE_SPREADSHEET, "签到 培训签到表 网络安全事件应急响应预案 v3.0 "
	    "序号 姓名 部门 签字");
	assert_int_not_equal(verdict_for(&v, "36", "emergency-plan"), 1);
	assert_int_not_equal(verdict_for(&v, "53", "emergency-plan"), 1);
	file_matches_free(v.m, v.n);
	/* A CMDB in the working vocabulary shows the three properties. */
	v = judge("配置管理/CMDB导出_20261001.xlsx", EV_TYPE_SPREADSHEET,
	    "配置项 配置管理数据库(cmdb)导出 配置项编号 名称 密级 访问权限 "
	    "完整性校验 备份方式 2026年10月1日");
	assert_int_equal(verdict_for(&v, "27", "cmdb"), 1);
	file_matches_free(v.m, v.n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_clauses),
		cmocka_unit_test(test_quirks),
		cmocka_unit_test(test_agreements),
		cmocka_unit_test(test_procedures_approved),
		cmocka_unit_test(test_records_and_plans),
		cmocka_unit_test(test_record_cases),
		cmocka_unit_test(test_catalog_content),
		cmocka_unit_test(test_never_count),
		cmocka_unit_test(test_kinds),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
