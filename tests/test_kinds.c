/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_kinds.c - issue 8: document kinds, `terms`, `[vocab NAME]` and
 * citations.  The rule keys are compiled from strings (errors must name
 * file:line); the classification cases run the classifier on normalised
 * inputs, the way the scanner hands them over.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/facts.h"
#include "evidenced/textnorm.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static struct ruleset *
compile_ok(const char *text)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct ruleset *rs = NULL;
	size_t i;

	assert_non_null(rc);
	assert_int_equal(rules_compiler_add_string(rc, "k.rules", text,
	    RULES_LAYER_PACK), 0);
	if (rules_compiler_finish(rc, &rs) != 0)
		for (i = 0; i < rules_compiler_error_count(rc); i++)
			print_message("%s\n", rules_compiler_error(rc, i));
	assert_non_null(rs);
	rules_compiler_free(rc);
	return rs;
}

/* Compiling text fails with exactly one error that starts with want. */
static void
expect_error(const char *text, const char *want)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct ruleset *rs = NULL;
	const char *got;

	assert_non_null(rc);
	assert_int_equal(rules_compiler_add_string(rc, "k.rules", text,
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_null(rs);
	got = rules_compiler_error(rc, 0);
	if (rules_compiler_error_count(rc) != 1 || got == NULL ||
	    strncmp(got, want, strlen(want)) != 0)
		print_message("  want '%s'\n  got  '%s' (%zu errors)\n", want,
		    got != NULL ? got : "(none)",
		    rules_compiler_error_count(rc));
	assert_int_equal(rules_compiler_error_count(rc), 1);
	assert_true(strncmp(got, want, strlen(want)) == 0);
	rules_compiler_free(rc);
}

struct judged {
	struct file_match *m;
	size_t n;
};

/* The classifier's input for a raw path and text (normalised into *np,
 * *nt, which the caller frees). */
static void
make_input(const char *path, const char *text, unsigned typeclass,
    struct classify_input *in, char **np, char **nt)
{
	size_t len;

	memset(in, 0, sizeof(*in));
	*nt = NULL;
	assert_int_equal(textnorm_normalize(path, strlen(path), np, &len), 0);
	in->path = *np;
	if (text != NULL) {
		assert_int_equal(textnorm_normalize(text, strlen(text), nt,
		    &len), 0);
		in->text = *nt;
		in->text_len = len;
	}
	in->typeclass = typeclass;
	in->text_status = EXTRACT_OK;
}

static struct judged
judge(const struct ruleset *rs, const char *path, const char *text,
    unsigned typeclass)
{
	struct rule_matcher *mt = rule_matcher_new();
	struct classify_input in;
	struct judged j = { NULL, 0 };
	char *np, *nt;

	assert_non_null(mt);
	make_input(path, text, typeclass, &in, &np, &nt);
	assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
	free(np);
	free(nt);
	rule_matcher_free(mt);
	return j;
}

/* The match for clause/item, or NULL. */
static const struct file_match *
find(const struct judged *j, const char *clause, const char *item)
{
	size_t i;

	for (i = 0; i < j->n; i++)
		if (strcmp(j->m[i].clause_id, clause) == 0 &&
		    strcmp(j->m[i].item_id, item) == 0)
			return &j->m[i];
	return NULL;
}

static bool
counts(const struct ruleset *rs, const char *clause, const char *item,
    const char *path, const char *text, unsigned typeclass)
{
	struct judged j = judge(rs, path, text, typeclass);
	const struct file_match *m = find(&j, clause, item);
	bool c = m != NULL && m->counts;

	file_matches_free(j.m, j.n);
	return c;
}

static unsigned
kind_of(const char *path, const char *text)
{
	struct classify_input in;
	char *np, *nt;
	unsigned k;

	make_input(path, text, EV_TYPE_DOCUMENT, &in, &np, &nt);
	k = classify_kind(&in);
	free(np);
	free(nt);
	return k;
}

static unsigned
joined_of(const char *path)
{
	struct classify_input in;
	char *np, *nt;
	unsigned k;

	make_input(path, "", EV_TYPE_DOCUMENT, &in, &np, &nt);
	k = classify_joined_kind(&in);
	free(np);
	free(nt);
	return k;
}

#define CLAUSE "[1]\ntext = t\nlevels = 1 2\n"

/* ------------------------------------------------------------------ */
/* The rule keys                                                       */

static void
test_kinds_key(void **state)
{
	struct ruleset *rs;
	const struct rule_item *it;
	char buf[64];
	unsigned k = 0;

	(void)state;
	rs = compile_ok(CLAUSE "[1/a]\nlabel = a\nname = abc\n"
	    "kinds = record inventory\n[1/b]\nlabel = b\nname = xyz\n");
	it = ruleset_find_item(rs, "1", "a");
	assert_non_null(it);
	assert_int_equal(it->kinds, EV_KIND_RECORD | EV_KIND_INVENTORY);
	assert_string_equal(ev_kind_mask_str(it->kinds, buf, sizeof(buf)),
	    "record inventory");
	/* No kinds: any kind (a site's own item). */
	assert_int_equal(ruleset_find_item(rs, "1", "b")->kinds, 0);
	ruleset_free(rs);

	assert_int_equal(ev_kind_parse("procedure", &k), 0);
	assert_int_equal(k, EV_KIND_PROCEDURE);
	assert_int_equal(ev_kind_parse("memo", &k), -EINVAL);
	assert_string_equal(ev_kind_name(EV_KIND_NOTICE), "notice");
	assert_string_equal(ev_kind_name(0), "unknown");

	expect_error(CLAUSE "[1/a]\nlabel = a\nname = abc\nkinds = memo\n",
	    "k.rules:7: bad kind 'memo' in 'kinds'");
	expect_error(CLAUSE "[1/a]\nlabel = a\nname = abc\nkinds = ,\n",
	    "k.rules:7: empty 'kinds'");
	expect_error(CLAUSE "kinds = record\n[1/a]\nlabel = a\nname = abc\n",
	    "k.rules:4: key 'kinds' is not allowed in a clause section");
}

static void
test_terms_key(void **state)
{
	struct ruleset *rs;
	const struct rule_item *it;

	(void)state;
	rs = compile_ok(CLAUSE "[1/a]\nlabel = a\nkinds = record\n"
	    "terms = 监控 … 分析 … 报告\n"
	    "[1/b]\nlabel = b\nkinds = record\nterms_gap = 1\n"
	    "terms = 监控...分析...报告\n"
	    "[1/c]\nlabel = c\nkinds = record\nterms = (巡检|巡查) … 记录\n");
	it = ruleset_find_item(rs, "1", "a");
	/* One path variant, one title variant, no hand-written gaps. */
	assert_int_equal(it->name.n, 1);
	assert_int_equal(it->title.n, 1);
	assert_string_equal(it->name.v[0].source,
	    "(?:监控)[^/]{0,12}?(?:分析)[^/]{0,12}?(?:报告)");
	assert_string_equal(it->name.v[0].file, "k.rules");
	assert_int_equal(it->name.v[0].line, 7);

	/* Filler words people insert: 数据, 月度, 与, a bracketed period. */
	assert_true(counts(rs, "1", "a", "监控分析报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	assert_true(counts(rs, "1", "a", "运维监控数据分析月度报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	assert_true(counts(rs, "1", "a", "监控与分析报告（第二季度）.docx", NULL,
	    EV_TYPE_DOCUMENT));
	/* Order matters, and the gap never crosses a folder. */
	assert_false(counts(rs, "1", "a", "分析监控报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "a", "监控/分析/报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	/* terms_gap = 1: 数据 is two characters too many. */
	assert_true(counts(rs, "1", "b", "监控分析报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "b", "监控数据分析报告.docx", NULL,
	    EV_TYPE_DOCUMENT));
	/* The title variant: in the title region of 附件3.docx only. */
	assert_true(counts(rs, "1", "a", "附件3.docx",
	    "XX公司 2026年监控数据分析报告 一、概述", EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "a", "附件3.docx",
	    "XX公司 巡检记录 一、概述 本月巡检正常，设备运行稳定，无异常告警，"
	    "值班人员按时交接，各系统可用率均达标，机房温湿度正常，线路整齐，"
	    "另附监控数据分析报告",
	    EV_TYPE_DOCUMENT));
	/* Terms may be alternations. */
	assert_true(counts(rs, "1", "c", "2026年巡查工作记录.xlsx", NULL,
	    EV_TYPE_SPREADSHEET));
	ruleset_free(rs);

	expect_error(CLAUSE "[1/a]\nlabel = a\nterms = 监控\n",
	    "k.rules:6: bad terms '监控': give two or more terms");
	expect_error(CLAUSE "[1/a]\nlabel = a\nterms = 监控 … … 报告\n",
	    "k.rules:6: bad terms");
	expect_error(CLAUSE "[1/a]\nlabel = a\nterms = 监控 … (分析\n",
	    "k.rules:6: bad pattern in 'terms'");
	expect_error(CLAUSE "[1/a]\nlabel = a\nterms_gap = 500\n"
	    "terms = a … b\n", "k.rules:6: bad terms_gap '500'");
	expect_error("[defaults]\nterms_gap = x\n" CLAUSE
	    "[1/a]\nlabel = a\nterms = a … b\n",
	    "k.rules:2: bad terms_gap 'x'");
}

static void
test_vocab(void **state)
{
	struct ruleset *rs;
	const char *cmdb = CLAUSE "[vocab 机密性]\nwords = 机密性|保密性\n\t密级\n"
	    "[vocab 完整性]\nwords = 完整性\n\t访问控制|权限|校验\n"
	    "[1/a]\nlabel = a\nkinds = inventory record\nname = cmdb\n"
	    "content_all = {{机密性}}\n\t{{ 完整性 }}\n";

	(void)state;
	rs = compile_ok(cmdb);
	assert_string_equal(ruleset_find_item(rs, "1", "a")->content_all.v[0]
	    .source, "(?:机密性|保密性|密级)");
	/* The working vocabulary counts as the form's words. */
	assert_true(counts(rs, "1", "a", "cmdb.xlsx",
	    "资产 编号 密级 权限 型号", EV_TYPE_SPREADSHEET));
	assert_true(counts(rs, "1", "a", "cmdb.xlsx",
	    "资产 机密性 完整性", EV_TYPE_SPREADSHEET));
	assert_false(counts(rs, "1", "a", "cmdb.xlsx",
	    "资产 编号 型号 位置 权限", EV_TYPE_SPREADSHEET));
	ruleset_free(rs);

	expect_error(CLAUSE "[1/a]\nlabel = a\nname = x\n"
	    "content_all = {{可用性}}\n",
	    "k.rules:7: unknown vocabulary '可用性' in 'content_all'");
	/* Defined before use, like a C declaration. */
	expect_error(CLAUSE "[1/a]\nlabel = a\nname = x\n"
	    "content_all = {{v}}\n[vocab v]\nwords = a\n",
	    "k.rules:7: unknown vocabulary 'v'");
	expect_error("[vocab v]\nwords = a\n[vocab v]\nwords = b\n" CLAUSE
	    "[1/a]\nlabel = a\nname = x\n", "k.rules:3: duplicate vocabulary 'v'");
	expect_error("[vocab ]\nwords = a\n" CLAUSE "[1/a]\nlabel = a\nname = x\n",
	    "k.rules:1: bad vocabulary name");
	expect_error("[vocab v]\nname = a\n" CLAUSE "[1/a]\nlabel = a\nname = x\n",
	    "k.rules:2: key 'name' is not allowed in a vocabulary");
}

/* ------------------------------------------------------------------ */
/* Kinds and citations in the classifier                               */

static void
test_kind_of_file(void **state)
{
	(void)state;
	/* A state-owned company's 企业标准 are its procedures; a grading
	 * standard alone is a criterion, no kind. */
	assert_int_equal(kind_of("标准/Q-XYC-G-0301 信息运维问题管理标准.pdf", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("标准/信息中心运维岗位工作标准.docx", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("等保/信息系统定级标准.docx", NULL), 0);
	/* A provider's 服务承诺书 is an agreement; a staff member's
	 * 保密承诺书 binds no service. */
	assert_int_equal(kind_of("县局服务/2026年度信息化运维服务承诺书（签字版）.pdf",
	    NULL), EV_KIND_AGREEMENT);
	assert_int_equal(kind_of("人事/员工保密承诺书.pdf", NULL), 0);
	/* A mail saved under its subject records the correspondence about
	 * the agreement it names; a firewall's procedure stays one. */
	assert_int_equal(kind_of("合同与SLA/RE 关于SLA续签事宜.txt", NULL),
	    EV_KIND_RECORD);
	assert_int_equal(kind_of("合同与SLA/回复：服务级别协议修订意见.txt", NULL),
	    EV_KIND_RECORD);
	assert_int_equal(kind_of("制度/FW 策略变更管理规范.docx", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("二级文件/QP-15 管理评审控制程序.docx", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("2026年度管理评审报告.docx", NULL),
	    EV_KIND_RECORD);
	/* The last kind word decides; what is cited does not count. */
	assert_int_equal(kind_of("培训/网络安全事件应急响应预案培训签到V3.0.xlsx",
	    NULL), EV_KIND_RECORD);
	assert_int_equal(kind_of("《网络安全事件应急响应预案》V3.0宣贯培训.docx",
	    NULL), 0);
	/* A look back at the plans (服务方案复盘) records them. */
	assert_int_equal(kind_of("分析/历年服务方案复盘及自动化机会_2026.docx", NULL),
	    EV_KIND_RECORD);
	/* 保障措施: what will be done to keep the systems up, a plan. */
	assert_int_equal(kind_of("集团发文/2026年信息系统可用性保障措施.docx", NULL),
	    EV_KIND_PLAN);
	assert_int_equal(kind_of("一级文件/受控文件一览表.xlsx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("Incident_Mgmt_Procedure.pdf", NULL),
	    EV_KIND_PROCEDURE);
	/* English lists: a staff list is an inventory; a checklist, where
	 * "list" is inside a word, says nothing by that word. */
	assert_int_equal(kind_of("00_Governance/Staff_List_202604.xlsx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("On-call Roster.xlsx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("Checklist.xlsx", NULL), 0);
	/* An SRE team's runbooks and playbooks are its procedures, even
	 * for a 防火墙策略 (a policy of the device, no plan). */
	assert_int_equal(kind_of("secops/runbook/WAF_防火墙策略运维 Runbook.docx",
	    NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("应急响应.md.txt", "# 应急响应 Playbook"),
	    EV_KIND_PROCEDURE);
	/* A database is no inventory, the CMDB is; a 作业指引 is a
	 * procedure. */
	assert_int_equal(kind_of("01制度办法/操作指引/数据库备份恢复作业指引（2026版）.docx",
	    NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("数据库巡检.xlsx", NULL), 0);
	assert_int_equal(kind_of("配置管理数据库.xlsx", NULL),
	    EV_KIND_INVENTORY);
	/* A library of entries is an inventory; another 库 is a database
	 * or a depot, no kind: the drill's record is a record. */
	assert_int_equal(kind_of("运维知识库_2026.xlsx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("20260705_会员库切换演练.docx", NULL), 0);
	/* A duty ledger logs the duty, as a 运维台账 logs operations. */
	assert_int_equal(kind_of("六安分中心/2026年/10月值班台账.xlsx", NULL),
	    EV_KIND_RECORD);
	/* A wiki page on how audits run (内部审核机制) is a procedure. */
	assert_int_equal(kind_of("内部审核机制（年度交叉检查） - 飞书云文档.docx",
	    NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("会员库切换演练记录.docx", NULL),
	    EV_KIND_RECORD);
	/* A guide says how to grade: no grading report. */
	assert_int_equal(kind_of("compliance/等保/信息系统安全等级定级指南.docx",
	    NULL), EV_KIND_PROCEDURE);
	/* An analysis is a record of what was found; a 管理体系总则 is a
	 * procedure (a plan's first chapter 1 总则 says nothing); a 花名册
	 * lists people. */
	assert_int_equal(kind_of("附件3.docx", "信息系统应急响应预案 1 总则"),
	    EV_KIND_PLAN);
	assert_int_equal(kind_of("运维服务方案实施情况及生产影响分析.docx",
	    NULL), EV_KIND_RECORD);
	/* A 体系文件汇编 compiles procedures. */
	assert_int_equal(kind_of("01制度文件/网络与信息安全部质量体系文件汇编（2023版）.pdf",
	    NULL), EV_KIND_PROCEDURE);
	/* A 质量保证大纲 is the programme's procedure; a 培训大纲 is not. */
	assert_int_equal(kind_of("一级文件/信息系统质量保证大纲（第3版）.pdf",
	    NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("质保/信息化质量保证分大纲.docx", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("培训/2026年运维培训大纲.docx", NULL), 0);
	/* 规程 is a procedure (操作规程, 预防措施管理规程). */
	assert_int_equal(kind_of("Approved/OPS-PRC-032_预防措施管理规程_v1.0.pdf",
	    NULL), EV_KIND_PROCEDURE);
	/* 解决方案 is the topic of a review, not its kind. */
	assert_int_equal(kind_of("服务交付/服务回顾-解决方案影响与自动化机会.pdf",
	    NULL), 0);
	/* A ledger of operations logs them; a ledger of assets lists. */
	assert_int_equal(kind_of("台账/【运维服务部】2026年安全设备运维台账.xlsx",
	    NULL), EV_KIND_RECORD);
	assert_int_equal(kind_of("台账/信息资产台账 2026.9.xlsx", NULL),
	    EV_KIND_INVENTORY);
	/* 名单 lists people (单 alone is a form). */
	assert_int_equal(kind_of("HR/项目人员名单_202602.xlsx", NULL),
	    EV_KIND_INVENTORY);
	/* A meeting's agenda is no record of it; an arrangement is a plan. */
	assert_int_equal(kind_of("管理评审/2026/管理评审会议议程.docx", NULL),
	    EV_KIND_NOTICE);
	assert_int_equal(kind_of("关于2026年健康检查的安排.docx", NULL),
	    EV_KIND_PLAN);
	assert_int_equal(kind_of("运维服务管理体系总则.docx", NULL),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("运维人员花名册（2026年7月）.xlsx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("03_Plans/Availability_Plan_2025.docx", NULL),
	    EV_KIND_PLAN);
	assert_int_equal(kind_of("MR_Notice_2026.docx", NULL), EV_KIND_NOTICE);
	/* "plan" inside a word is no kind word. */
	assert_int_equal(kind_of("Explanation.docx", NULL), 0);
	/* A generic name: the text's first characters say it. */
	assert_int_equal(kind_of("新建文档65.docx",
	    "关于召开2026年度管理评审会议的通知 定于6月29日召开"),
	    EV_KIND_NOTICE);
	assert_int_equal(kind_of("附件2.docx", "客户名称 联系人 电话"), 0);
	/* Never half a word: the 24th character cuts 服务方案对生产影响|分析,
	 * an analysis whose head is past the cut, so the word is not read
	 * (not a 方案); a word the window holds whole is (项目实施方案). */
	assert_int_equal(kind_of("附件5.docx", "运维服务数据回顾及自动化建议:"
	    "服务方案对生产影响分析 回顾过往解决方案"), 0);
	assert_int_equal(kind_of("附件6.docx", "核心系统升级项目实施方案:"
	    "一、改造内容 二、测试计划"), EV_KIND_PLAN);
	/* 日志 begins a topic here (log audit), it is not the kind. */
	assert_int_equal(kind_of("02_Procedures/WI/WI_日志审计.docx", NULL), 0);
	assert_int_equal(kind_of("防火墙日志分析报告.docx", NULL),
	    EV_KIND_RECORD);
	assert_int_equal(kind_of("值班日志2026.xlsx", NULL), EV_KIND_RECORD);
	/* A kind word that is the whole name, or at either end of it, or
	 * one character long: found (a pair filter rules words out before
	 * memmem is asked, never one that is there). */
	assert_int_equal(kind_of("程序.docx", NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("a/sla.docx", NULL), EV_KIND_AGREEMENT);
	assert_int_equal(kind_of("方案V2.docx", NULL), EV_KIND_PLAN);
	assert_int_equal(kind_of("领用单.xlsx", NULL), EV_KIND_RECORD);
	assert_int_equal(kind_of("资产库.xlsx", NULL), EV_KIND_INVENTORY);
	assert_int_equal(kind_of("程.docx", NULL), 0);
	/* A wiki's how-to is a procedure, an index of SOPs lists them, a
	 * calendar invitation announces a meeting. */
	assert_int_equal(kind_of("年度复盘会（管理评审）怎么开 - 飞书云文档.docx",
	    NULL), EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("SOP索引（从这里开始） - 钉钉文档.docx", NULL),
	    EV_KIND_INVENTORY);
	assert_int_equal(kind_of("日程_2026 年度复盘会.docx", NULL),
	    EV_KIND_NOTICE);
	assert_int_equal(kind_of("年度复盘会日程记录.docx", NULL),
	    EV_KIND_RECORD);
}

#define REVIEW CLAUSE "[1/review]\nlabel = 管理评审记录\nkinds = record\n" \
	"name = 管理评审\ntitle = ^.{0,60}管理评审\n"                  \
	"[1/plan]\nlabel = 应急预案\nkinds = plan\nname = 应急(响应)?预案\n"  \
	"title = ^.{0,60}应急(响应)?预案\n"                              \
	"[1/proc]\nlabel = 问题管理程序\nkinds = procedure\n"             \
	"name = 问题管理程序\ntitle = ^.{0,60}问题管理程序\n"             \
	"[1/insp]\nlabel = 巡检记录\nkinds = record\n"                  \
	"title = ^.{0,60}巡检记录\n"

/* A reason quoting a pattern longer than its buffer is cut between
 * characters: it goes into the status JSON as UTF-8. */
/*
 * A name that joins two documents is both; a procedure about an
 * activity (事件报告与处置制度) is no report of it.
 */
static void
test_joined_kind(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/plan]\nlabel = 渗透测试计划\nkinds = plan\n"
	    "name = 渗透测试.{0,8}计划\n");

	(void)state;
	assert_int_equal(joined_of("渗透测试/渗透测试计划及记录.docx"),
	    EV_KIND_PLAN);
	assert_int_equal(joined_of("组织机构/运维人员名单及倒班安排.xlsx"),
	    EV_KIND_INVENTORY);
	assert_int_equal(joined_of("需求/历史运行数据分析及保障策略.docx"),
	    EV_KIND_RECORD);
	assert_int_equal(joined_of("制度/网络安全事件报告与处置制度.docx"), 0);
	assert_int_equal(joined_of("方案/测试方案及回退措施.docx"), 0);
	assert_int_equal(joined_of("渗透测试/渗透测试记录.docx"), 0);
	assert_int_equal(kind_of("渗透测试/渗透测试计划及记录.docx", ""),
	    EV_KIND_RECORD);
	assert_true(counts(rs, "1", "plan", "渗透测试/渗透测试计划及记录.docx",
	    "渗透测试 测试计划 授权范围 门户网站", EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "plan", "渗透测试/渗透测试计划执行记录.docx",
	    "渗透测试 授权范围 门户网站", EV_TYPE_DOCUMENT));
	ruleset_free(rs);
}

static void
test_long_reason_stays_utf8(void **state)
{
	GString *rules = g_string_new("[vocab 恢复]\nwords = 恢复a");
	struct ruleset *rs;
	struct judged j;
	const struct file_match *m;
	int i;

	(void)state;
	/* A vocabulary's lines are alternatives: the 256-byte reason
	 * ends inside the 复 of the 16th (the a puts it there). */
	for (i = 0; i < 40; i++)
		g_string_append_printf(rules, "\n\t恢复切换%d", i);
	g_string_append(rules, "\n" CLAUSE "[1/rec]\nlabel = 记录\n"
	    "name = 演练记录\ncontent_all = {{恢复}}\n");
	rs = compile_ok(rules->str);
	j = judge(rs, "演练记录.docx", "演练记录 消防疏散", EV_TYPE_DOCUMENT);
	m = find(&j, "1", "rec");
	assert_non_null(m);
	assert_false(m->counts);
	assert_non_null(strstr(m->reason, "content lacks required"));
	assert_true(strlen(m->reason) > 200);
	assert_true(g_utf8_validate(m->reason, -1, NULL));
	file_matches_free(j.m, j.n);
	ruleset_free(rs);
	g_string_free(rules, TRUE);
}

static void
test_procedure_is_no_record(void **state)
{
	struct ruleset *rs = compile_ok(REVIEW);
	struct judged j;
	const struct file_match *m;

	(void)state;
	j = judge(rs, "二级文件/QP-15 管理评审控制程序.docx", "管理评审的输入包括",
	    EV_TYPE_DOCUMENT);
	m = find(&j, "1", "review");
	assert_non_null(m);             /* identified: a near match ... */
	assert_false(m->counts);        /* ... that never counts */
	assert_non_null(strstr(m->reason, "a procedure"));
	assert_non_null(strstr(m->reason, "kinds: record"));
	file_matches_free(j.m, j.n);
	assert_true(counts(rs, "1", "review", "17管理评审/2026年度管理评审报告.docx",
	    NULL, EV_TYPE_DOCUMENT));
	/* A meeting notice is no review record either. */
	assert_false(counts(rs, "1", "review", "新建文档65.docx",
	    "关于召开2026年度管理评审会议的通知", EV_TYPE_DOCUMENT));
	ruleset_free(rs);
}

static void
test_training_about_plan(void **state)
{
	struct ruleset *rs = compile_ok(REVIEW);
	struct judged j;

	(void)state;
	/* The plan's name is cited in 《》: not even identified. */
	j = judge(rs, "10培训/《网络安全事件应急响应预案》V3.0宣贯培训签到表.xlsx",
	    "签到 培训签到表 培训主题《网络安全事件应急响应预案》v3.0 宣贯",
	    EV_TYPE_SPREADSHEET);
	assert_null(find(&j, "1", "plan"));
	file_matches_free(j.m, j.n);
	/* Named without 《》: a record about the plan, not the plan. */
	assert_false(counts(rs, "1", "plan",
	    "培训/网络安全事件应急响应预案培训签到V3.0.xlsx", NULL,
	    EV_TYPE_SPREADSHEET));
	/* The plan itself still counts. */
	assert_true(counts(rs, "1", "plan", "ERP_应急预案_v3.0_终版.docx", NULL,
	    EV_TYPE_DOCUMENT));
	ruleset_free(rs);
}

struct count_case {
	const char *path, *text;
	bool counts;            /* counts for clause 1, item */
};

static void
check_cases(const struct ruleset *rs, const char *item,
    const struct count_case *cases, size_t n)
{
	size_t i;
	bool got;

	for (i = 0; i < n; i++) {
		got = counts(rs, "1", item, cases[i].path, cases[i].text,
		    EV_TYPE_DOCUMENT);
		if (got != cases[i].counts)
			print_message("case %zu: %s | %s\n", i, cases[i].path,
			    cases[i].text != NULL ? cases[i].text : "");
		assert_int_equal(got, cases[i].counts);
	}
}

static void
test_citations(void **state)
{
	struct ruleset *rs = compile_ok(REVIEW);
	/* A procedure that cites another in 《》 or after 按/依据 is not it;
	 * the document itself is, by its title. */
	static const struct count_case cases[] = {
		{ "附件1.docx", "引用文件《问题管理程序》 1 目的", false },
		{ "附件1.docx", "1 目的 依据问题管理程序的要求", false },
		{ "附件1.docx", "本表按问题管理程序填写", false },
		/* A column that refers to it (关联问题管理程序) is a mention. */
		{ "附件1.docx", "关联问题管理程序 编号", false },
		{ "文件/《问题管理程序》学习心得.docx", NULL, false },
		{ "附件1.docx", "XX公司 问题管理程序 1 目的", true },
	};

	(void)state;
	check_cases(rs, "proc", cases, sizeof(cases) / sizeof(cases[0]));
	ruleset_free(rs);
}

/* A body long enough to be the issued document itself. */
#define ISSUED_BODY "第一章 总则 第一条 为规范问题管理，制定本程序。" \
	"第二条 本程序适用于公司运维的全部信息系统。第二章 职责 " \
	"第三条 运维服务部是归口部门，负责问题的登记、跟踪和关闭。" \
	"第四条 安全管理部配合开展根源分析。第三章 工作程序 第五条 " \
	"同一故障重复发生两次以上的应当建立问题单并完成根源分析。" \
	"第六条 问题管理岗组织技术骨干在五个工作日内完成根源分析，" \
	"形成已知错误和临时规避办法。第四章 附则 第七条 本程序自印发之日起施行。"

/* A notice that issues a document and carries it as 附件 is that
 * document; one that announces, studies or only lists it is not. */
static void
test_issuing_notice(void **state)
{
	struct ruleset *rs = compile_ok(REVIEW);
	static const struct count_case cases[] = {
		{ "发文/关于印发《问题管理程序》的通知.pdf",
		    "华辰数科〔2024〕10号 关于印发《问题管理程序》的通知 "
		    "各部门：现予印发。附件：问题管理程序 附件 问题管理程序 "
		    ISSUED_BODY, true },
		/* The 附件 is another file: the notice alone. */
		{ "发文/关于印发《问题管理程序》的通知.pdf",
		    "关于印发《问题管理程序》的通知 各部门：现予印发，请遵照执行。"
		    "附件：问题管理程序 综合管理部 2024年11月22日印发", false },
		/* Studying a procedure issues nothing. */
		{ "通知/关于学习《问题管理程序》的通知.docx",
		    "关于学习《问题管理程序》的通知 各部门：请组织学习《问题管理程序》。"
		    ISSUED_BODY, false },
		/* A short procedure of three chapters, carried whole. */
		{ "发文/临川水务〔2024〕40号 关于印发《问题管理程序》的通知.pdf",
		    "关于印发《问题管理程序》的通知 各部室：现将《问题管理程序》"
		    "印发给你们，请认真贯彻执行。问题管理程序 制度编号：LCSW-XX-018 "
		    "第一章 登记 第1条 重复故障登记问题单，经主任批准。第二章 分析 "
		    "第2条 五个工作日内完成根本原因分析。第三章 关闭 第3条 验证后关闭。第4条 本程序自印发之日起施行。",
		    true },
		/* Filed as a folder named for what it issues, beside its
		 * 附件: the notice (正文.pdf) is not the procedure, whatever
		 * its folder says; the attachment is. */
		{ "发文/华辰数科〔2024〕10号（问题管理程序）/正文.pdf",
		    "华辰数字科技有限公司文件 华辰数科〔2024〕10号 关于印发《问题管理"
		    "程序》的通知 各部门：现将《问题管理程序》印发给你们，请认真贯彻执行。"
		    "附件：问题管理程序 华辰数字科技有限公司 2024年11月22日印发", false },
		{ "发文/华辰数科〔2024〕10号（问题管理程序）/附件：问题管理程序.docx",
		    "问题管理程序 " ISSUED_BODY, true },
		/* A procedure of two articles after its notice, too short to
		 * be told from a notice's closing lines by length: its
		 * articles say it is there. */
		{ "发文/华辰数科〔2023〕39号（问题管理程序）/正文.pdf",
		    "华辰数字科技有限公司文件 华辰数科〔2023〕39号 关于印发《问题管理"
		    "程序》的通知 各部门：现将《问题管理程序》印发给你们。附件：问题管理程序 "
		    "华辰数字科技有限公司 2023年10月8日 问题管理程序 第1条 重复发生的故障"
		    "登记问题单。第2条 五日内完成根因分析。", true },
		/* Red header first, the notice's title in the text only. */
		{ "发文/华辰数科〔2024〕10号.pdf",
		    "华辰数字科技有限公司文件 华辰数科〔2024〕10号 签发人：曹俊杰 "
		    "关于印发《问题管理程序》的通知 附件 问题管理程序 " ISSUED_BODY,
		    true },
	};

	(void)state;
	check_cases(rs, "proc", cases, sizeof(cases) / sizeof(cases[0]));
	assert_int_equal(kind_of("发文/关于印发《问题管理程序》的通知.pdf",
	    "关于印发《问题管理程序》的通知 附件 问题管理程序 " ISSUED_BODY),
	    EV_KIND_PROCEDURE);
	assert_int_equal(kind_of("发文/关于印发《问题管理程序》的通知.pdf",
	    "关于印发《问题管理程序》的通知 附件：问题管理程序"), EV_KIND_NOTICE);
	/* Filed without its 办法 (正文.docx beside 附件1：….docx): after
	 * the list line only the signature and the 版记, however long the
	 * 抄送 line; the 版记 closes what a notice carries.  Not the 细则
	 * (its first 24 characters say no kind). */
	assert_int_equal(kind_of("细则/江人社信〔2025〕18号/正文.docx",
	    "江州市人力资源和社会保障局信息中心 江人社信〔2025〕18号 关于印发《运维"
	    "事件管理细则》的通知 中心各科室,驻场运维单位: 现将《运维事件管理细则》"
	    "印发给你们,请认真贯彻执行。 附件:运维事件管理细则 江州市人力资源和社会保障局"
	    "信息中心 二〇二五年十二月二十三日 (此件不公开) 抄送:江州市医疗保障局,楚北"
	    "省人力资源和社会保障厅信息中心,江州市人力资源和社会保障局办公室,江州市人力"
	    "资源和社会保障局规划财务科。 江州市人力资源和社会保障局信息中心综合科 2025年"
	    "12月24日印发"), 0);
	/* Carried whole, the 版记 after it. */
	assert_int_equal(kind_of("发文/关于印发《问题管理程序》的通知.pdf",
	    "关于印发《问题管理程序》的通知 附件 问题管理程序 " ISSUED_BODY
	    " 抄送:各子公司。 综合管理部 2024年11月22日印发"), EV_KIND_PROCEDURE);
	ruleset_free(rs);
}

/* What a document says its purpose is (演练目的：检验灾难恢复预案) is no
 * title: a drill's plan is not the recovery plan it tests. */
static void
test_purpose_is_no_title(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/drp]\nlabel = 系统恢复计划\nkinds = plan\n"
	    "title = ^.{0,60}灾难恢复(计划|预案)\ncontent_all = 恢复\n");

	(void)state;
	assert_false(counts(rs, "1", "drp", "应急管理/演练/灾备切换演练方案.docx",
	    "2026年灾备切换演练方案 演练目的：检验灾难恢复预案。计划于7月组织实施。",
	    EV_TYPE_DOCUMENT));
	assert_true(counts(rs, "1", "drp", "应急管理/附件3.docx",
	    "信息系统灾难恢复预案 1 目的：在灾难发生后恢复核心系统。",
	    EV_TYPE_DOCUMENT));
	ruleset_free(rs);
}

static void
test_table_cells_are_no_title(void **state)
{
	struct ruleset *rs = compile_ok(REVIEW);
	const char *appraisal = "考核 员工绩效考核表 姓名 考核项 权重 得分 "
	    "袁晓东 巡检记录按时提交 20% 18";

	(void)state;
	/* A KPI cell names a record; the sheet's title is 绩效考核表. */
	assert_false(counts(rs, "1", "insp", "工作簿70.xlsx", appraisal,
	    EV_TYPE_SPREADSHEET));
	/* 按季度 is a period, not a citation. */
	assert_true(counts(rs, "1", "insp", "附件.docx",
	    "2026年按季度巡检记录 一、范围", EV_TYPE_DOCUMENT));
	/* A sheet whose title row is the record's name. */
	assert_true(counts(rs, "1", "insp", "Book1.xlsx",
	    "巡检 2026年3月巡检记录表 日期 设备 结果", EV_TYPE_SPREADSHEET));
	ruleset_free(rs);
	/* The title row ends after the longest end word: 变更记录单, not
	 * 变更记录. */
	rs = compile_ok(CLAUSE "[1/chg]\nlabel = 变更记录单\nkinds = record\n"
	    "title = ^.{0,60}变更记录单\n");
	assert_true(counts(rs, "1", "chg", "Book2.xlsx",
	    "变更 变更记录单 变更编号 申请日期", EV_TYPE_SPREADSHEET));
	ruleset_free(rs);
}

/*
 * Judge text split into sections of one kind at the given headings, each
 * found in the normalised text (a section runs to the next one).
 */
static struct judged
judge_sections(const struct ruleset *rs, const char *path, const char *text,
    unsigned typeclass, const char *title, enum doc_section_kind kind,
    const char *const *headings, const unsigned *levels, size_t nh)
{
	struct rule_matcher *mt = rule_matcher_new();
	struct doc_section sec[8];
	struct classify_input in;
	struct judged j = { NULL, 0 };
	const char *at;
	char *np, *nt;
	size_t i;

	assert_non_null(mt);
	assert_true(nh <= 8);
	make_input(path, text, typeclass, &in, &np, &nt);
	in.title = title;
	memset(sec, 0, sizeof(sec));
	for (i = 0; i < nh; i++) {
		char *nh_text;
		size_t nh_len;

		assert_int_equal(textnorm_normalize(headings[i],
		    strlen(headings[i]), &nh_text, &nh_len), 0);
		at = strstr(in.text, nh_text);
		free(nh_text);
		assert_non_null(at);
		sec[i].kind = kind;
		sec[i].level = levels != NULL ? levels[i] : 1;
		sec[i].heading = (char *)headings[i];
		sec[i].start = (size_t)(at - in.text);
		if (i > 0)
			sec[i - 1].end = sec[i].start;
	}
	if (nh > 0)
		sec[nh - 1].end = in.text_len;
	in.sections = sec;
	in.n_sections = nh;
	assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
	free(np);
	free(nt);
	rule_matcher_free(mt);
	return j;
}

static bool
judged_counts(const struct judged *j, const char *item)
{
	const struct file_match *m = find(j, "1", item);

	return m != NULL && m->counts;
}

/* judged_counts, then the matches are freed. */
static bool
judged_counts_free(struct judged *j, const char *item)
{
	bool c = judged_counts(j, item);

	file_matches_free(j->m, j->n);
	j->m = NULL;
	j->n = 0;
	return c;
}

/*
 * A section inherits its document's exclusions: the sheet 更新记录 of a
 * workbook titled 配置项更新维护记录 is no device upgrade record.
 */
static void
test_section_inherits_exclusion(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE "[1/upg]\nlabel = 升级记录\n"
	    "kinds = record\ntitle = ^.{0,60}更新记录\nexclude = 配置项\n");
	static const char *const sheets[] = { "说明", "更新记录" };
	const char *titles[] = { "设备维护台账", "配置项更新维护台账" };
	struct judged j;
	int t;

	(void)state;
	for (t = 0; t < 2; t++) {
		j = judge_sections(rs, "资料/台账.xlsx", "说明 本台账按月填写 "
		    "更新记录 日期 设备 内容 2026-11-01 fw-01 特征库升级",
		    EV_TYPE_SPREADSHEET, titles[t], DOC_SECTION_SHEET, sheets, NULL,
		    2);
		/* It counts in the device ledger, not in the configuration
		 * items' one. */
		assert_int_equal(judged_counts_free(&j, "upg"), t == 0);
	}
	ruleset_free(rs);
}

/*
 * A procedure's chapter is the process it names, judged by its heading,
 * not by the title of the notice that issues the procedure: 第五章 应急响应
 * is the 应急响应流程; 第二章 职责分工 is a topic of the 办法, not a role list.
 */
static void
test_chapter_is_process(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/er]\nlabel = 应急响应流程\nkinds = procedure\n"
	    "title = ^.{0,60}应急响应(流程|程序)\ncontent_all = 应急\n"
	    "[1/roles]\nlabel = 角色清单\nkinds = inventory procedure\n"
	    "title = ^.{0,60}(角色清单|职责分工)\n");
	static const char *const chapters[] = {
		"附件 事件处置管理办法", "第二章 职责分工", "第五章 应急响应" };
	struct judged j;

	(void)state;
	j = judge_sections(rs, "发文/关于印发《事件处置管理办法》的通知.docx",
	    "关于印发《事件处置管理办法》的通知 各部门：现予印发，请遵照执行。"
	    "附件：事件处置管理办法 附件 事件处置管理办法 第一章 总则 "
	    ISSUED_BODY
	    " 第二章 职责分工 运维部负责事件处置。"
	    " 第五章 应急响应 发生重大事件时启动应急预案，按应急响应级别处置。"
	    ISSUED_BODY, EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING, chapters,
	    NULL, 3);
	assert_true(judged_counts(&j, "er"));
	assert_false(judged_counts_free(&j, "roles"));

	/* For an item that takes only a procedure, a procedure's chapter
	 * that its title names is part of one (第二章 定级标准 of an 等级保护
	 * 实施办法 is the grading standard). */
	{
		static const char *const dj[] = { "第一章 总则", "第二章 定级标准" };
		struct ruleset *g = compile_ok(CLAUSE
		    "[1/criteria]\nlabel = 分级标准\nkinds = procedure\n"
		    "title = ^.{0,60}定级(标准|准则)\ncontent_all = 等级\n");

		j = judge_sections(g, "制度/网络安全等级保护工作实施办法.pdf",
		    "网络安全等级保护工作实施办法 第一章 总则 为落实网络安全等级保护制度，"
		    "规范学校信息系统的定级、备案、测评和整改工作，结合学校实际，制定本办法。"
		    "第二章 定级标准 按侵害程度确定安全保护等级:一般损害为第一级。",
		    EV_TYPE_PDF, NULL, DOC_SECTION_HEADING, dj, NULL, 2);
		assert_true(judged_counts_free(&j, "criteria"));
		ruleset_free(g);
	}

	/* A bilingual chapter: the process follows its Chinese words. */
	{
		static const char *const bi[] = { "6 应急响应 Emergency response" };

		j = judge_sections(rs, "流程/OPS-PRC-040_信息安全事件管理流程.pdf",
		    "信息安全事件管理流程 6 应急响应 Emergency response "
		    "满足应急预案启动条件时启动预案。", EV_TYPE_PDF, NULL,
		    DOC_SECTION_HEADING, bi, NULL, 1);
		assert_true(judged_counts_free(&j, "er"));
	}

	/* A wiki export's page data before the page's text: its chapters
	 * are past the title region. */
#define WIKI_HEAD "服务交付 / 服务级别管理 由韩海燕创建，最后由赵洋修改于 " \
	"2026-04-11 版本 12 页面状态：已发布 标签：流程 安全 运营级别协议与支持合同对照 "
	/* An agreement's chapter that names a design (1 与第三方的服务级别
	 * 设计) is that design; a chapter named by no document word is
	 * not. */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/sld]\nlabel = 服务级别设计\n"
	    "kinds = procedure plan agreement\n"
	    "title = ^.{0,60}服务级别设计\ncontent_all = 供应商\n"
	    "[1/ola]\nlabel = OLA\nkinds = agreement\n"
	    "name = 运营级别协议\n");
	for (int t = 0; t < 2; t++) {
		const char *ch[] = { t == 0 ? "1 与第三方的服务级别设计" :
		    "1 与第三方的服务级别", "2 内部运营级别协议" };

		j = judge_sections(rs, "Wiki-Export/SLM/OLA运营级别协议.pdf",
		    t == 0 ? WIKI_HEAD "1 与第三方的服务级别设计 "
		    "供应商响应 p1 15min 2 内部运营级别协议 p1 15分钟内接单" :
		    WIKI_HEAD "1 与第三方的服务级别 "
		    "供应商响应 p1 15min 2 内部运营级别协议 p1 15分钟内接单",
		    EV_TYPE_PDF, NULL, DOC_SECTION_HEADING, ch, NULL, 2);
		assert_true(judged_counts(&j, "ola"));
		assert_int_equal(judged_counts_free(&j, "sld"), t == 0);
	}
	ruleset_free(rs);
	rs = compile_ok(CLAUSE
	    "[1/er]\nlabel = 应急响应流程\nkinds = procedure\n"
	    "title = ^.{0,60}应急响应(流程|程序)\ncontent_all = 应急\n");

	/* In a compilation of unknown kind, a chapter belongs to the 办法
	 * above it; under a 记录 it is no process. */
	for (int t = 0; t < 2; t++) {
		const char *book[] = { t == 0 ? "事件处置管理办法" :
		    "事件处置记录", "第一章 总则", "第二章 应急响应" };
		static const unsigned lv[] = { 1, 2, 2 };

		j = judge_sections(rs, "资料/附件3.pdf", t == 0 ?
		    "目录 事件处置管理办法 第一章 总则 为规范处置制定本办法。"
		    "第二章 应急响应 发生重大事件时启动应急预案。" :
		    "目录 事件处置记录 第一章 总则 为规范处置制定本办法。"
		    "第二章 应急响应 发生重大事件时启动应急预案。",
		    EV_TYPE_PDF, NULL, DOC_SECTION_HEADING, book, lv, 3);
		assert_int_equal(judged_counts_free(&j, "er"), t == 0);
	}
	ruleset_free(rs);
}

/*
 * A plan's chapter that names a report says how the report will be made:
 * it stays the plan's (三、可用性监测与报告 of a 可用性保障工作方案 is no
 * availability report); the same chapter of a record is that report.
 */
static void
test_plan_chapter_is_no_record(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/rep]\nlabel = 可用性报告\nkinds = record\n"
	    "title = ^.{0,60}可用性.{0,6}报告\ncontent_all = 可用率\n");
	static const char *const ch[] = { "一、工作目标", "三、可用性监测与报告" };
	struct judged j;

	(void)state;
	for (int t = 0; t < 2; t++) {
		j = judge_sections(rs, t == 0 ?
		    "体系文件/2026年信息系统可用性保障工作方案.docx" :
		    "报告/2026年信息系统运行情况记录.docx", t == 0 ?
		    "2026年信息系统可用性保障工作方案 一、工作目标 全年可用率不低于"
		    "99.9%。 三、可用性监测与报告 每月统计各系统可用率。" :
		    "2026年信息系统运行情况记录 一、工作目标 全年可用率不低于"
		    "99.9%。 三、可用性监测与报告 本月各系统可用率99.95%。",
		    EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING, ch, NULL, 2);
		assert_int_equal(judged_counts_free(&j, "rep"), t == 1);
	}
	ruleset_free(rs);
}

/*
 * A procedure's chapter that names an agreement says how agreements are
 * made and kept (二、服务级别协议 of a 服务级别管理程序): it stays the
 * procedure's.  The same chapter of a file of no kind is the agreement.
 */
static void
test_procedure_chapter_is_no_agreement(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/sla]\nlabel = 服务级别协议\nkinds = agreement\n"
	    "title = ^.{0,60}服务级别协议\ncontent_all = 响应\n");
	static const char *const ch[] = { "一、目的", "二、服务级别协议" };
	struct judged j;

	(void)state;
	for (int t = 0; t < 2; t++) {
		j = judge_sections(rs, t == 0 ?
		    "体系文件/程序文件/服务级别管理程序.docx" : "资料/附件3.docx",
		    t == 0 ? "服务级别管理程序 一、目的 规范服务级别的协商与签订。"
		    " 二、服务级别协议 依据服务目录与客户签订协议，约定响应时限。" :
		    "甲乙双方 一、目的 明确双方的服务级别。 二、服务级别协议 "
		    "一级事件15分钟内响应。", EV_TYPE_DOCUMENT, NULL,
		    DOC_SECTION_HEADING, ch, NULL, 2);
		assert_int_equal(judged_counts_free(&j, "sla"), t == 1);
	}
	ruleset_free(rs);
}

/*
 * A folder names what it holds, not what each file in its subfolders is:
 * under 内审与管评/ a 监视测量/ table and a CAPA/ form are what their own
 * names say, not audit records.  A file filed straight in the folder, or
 * in a subfolder nothing else names, is what the folder says, and so is
 * one whose title says so.
 */
static void
test_folder_names_what_it_holds(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/ia]\nlabel = 内部审核记录\nkinds = record\nname = 内审\n"
	    "title = ^.{0,60}内部审核(报告|记录)\ncontent_any = 运维\n"
	    "[1/mr]\nlabel = 管理评审\nkinds = record\nname = 管理评审\n"
	    "[1/kpi]\nlabel = 监视测量\nkinds = record\nname = 监视测量\n"
	    "[1/capa]\nlabel = 纠正措施\nkinds = record\nname = capa\n"
	    "[1/buy]\nlabel = 外包合同\nkinds = agreement\n"
	    "name = (采购|外包)[^/]{0,8}合同\ncontent_any = 服务\n");
	static const char *const not_ia[] = {
		"09_内审与管评/监视测量/运维服务监视测量表.xlsx",
		"09_内审与管评/CAPA/附件2.docx",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(not_ia) / sizeof(not_ia[0]); i++)
		assert_false(counts(rs, "1", "ia", not_ia[i],
		    "指标 目标 实际 运维服务 问题 原因 措施", EV_TYPE_DOCUMENT));
	/* Nothing else names it: the folder does. */
	assert_true(counts(rs, "1", "ia", "09_内审与管评/2025/附件1.docx",
	    "审核发现 运维服务 符合", EV_TYPE_DOCUMENT));
	assert_true(counts(rs, "1", "ia", "09_内审与管评/首次会议/纪要.docx",
	    "审核发现 运维服务 符合", EV_TYPE_DOCUMENT));
	/* Filed straight in the folder, whatever else its name says. */
	assert_true(counts(rs, "1", "ia", "09_内审与管评/2026/管理评审报告.docx",
	    "审核发现 运维服务 符合", EV_TYPE_DOCUMENT));
	/* Its own title says it is the audit's report. */
	assert_true(counts(rs, "1", "ia", "09_内审与管评/监视测量/附件1.docx",
	    "2026年内部审核报告 审核范围 运维服务管理体系", EV_TYPE_DOCUMENT));
	/* A contract under 采购合同/. */
	assert_true(counts(rs, "1", "buy", "综合科/采购合同/2026驻场运维服务合同.pdf",
	    "驻场运维服务合同 甲方 乙方 服务内容", EV_TYPE_PDF));
	/* The near miss says why. */
	{
		struct judged j = judge(rs, not_ia[0], "指标 目标 实际 运维服务",
		    EV_TYPE_SPREADSHEET);
		const struct file_match *m = find(&j, "1", "ia");

		assert_non_null(m);
		assert_false(m->counts);
		assert_non_null(strstr(m->reason, "only its folder"));
		file_matches_free(j.m, j.n);
	}
	ruleset_free(rs);
}

/*
 * The column 变更单 of an upgrade log's sheet 升级记录 holds the numbers of
 * the changes that allowed each upgrade: the log is no change record.  The
 * same column in a sheet that names no document is its own entries.
 */
static void
test_form_number_column(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/chg]\nlabel = 变更记录\nkinds = record\n"
	    "title = ^.{0,60}变更(单|记录)\n");
	struct rule_matcher *mt = rule_matcher_new();
	struct classify_input in;
	struct doc_section sec[2];
	struct judged j = { NULL, 0 };
	char *np, *nt;
	int t;

	(void)state;
	assert_non_null(mt);
	for (t = 0; t < 2; t++) {
		make_input("运维记录/2026年03月运维记录.xlsx", t == 0 ?
		    "升级记录 2026年03月运维记录 安全设备巡检 日常维护 防病毒 故障处理 "
		    "日期 设备 升级前版本 升级后版本 升级内容 实施人 变更单 验证 "
		    "2026-03-13 县局边界防火墙 v500r005c20 v600r007c00 补丁 韩勇 "
		    "bg-2026-103 验证通过" :
		    "变更 日期 设备 内容 变更单 结果 2026-03-13 防火墙 策略开通 "
		    "bg-2026-103 成功", EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)(t == 0 ? "升级记录" : "变更"), NULL, 0,
		    in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"变更单", sec[0].heading, 0, in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "chg"), t == 1);
		free(np);
		free(nt);
	}
	rule_matcher_free(mt);
	ruleset_free(rs);
}

/*
 * A chapter headed as an agreement between the teams (二、中心内部运营
 * 级别约定 of a service-level design) is that agreement: 约定 names a
 * document, as 协议 does.  A topic heading (二、中心内部运营级别) names
 * none.
 */
static void
test_agreement_chapter(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/ola]\nlabel = OLA\nkinds = agreement\n"
	    "title = ^([一二三]、)?(中心)?内部.{0,8}运营级别\n"
	    "content_any = 之间\n");
	static const char *const ch[][2] = {
		{ "一、对外包服务商的服务级别设计", "二、中心内部运营级别约定" },
		{ "一、对外包服务商的服务级别设计", "二、中心内部运营级别" },
	};
	struct judged j;

	(void)state;
	for (int t = 0; t < 2; t++) {
		j = judge_sections(rs, "服务管理/科技服务级别设计说明.docx", t == 0 ?
		    "科技服务级别设计说明 一、对外包服务商的服务级别设计 与服务商约定"
		    "15分钟响应。 二、中心内部运营级别约定 运维科、网络科之间15分钟"
		    "内接手。" : "科技服务级别设计说明 一、对外包服务商的服务级别设计 "
		    "与服务商约定15分钟响应。 二、中心内部运营级别 运维科、网络科之间"
		    "15分钟内接手。", EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING, ch[t],
		    NULL, 2);
		assert_int_equal(judged_counts_free(&j, "ola"), t == 0);
	}
	ruleset_free(rs);
}

/*
 * A procedure that says it sets nothing of its own (本程序不另规定: it
 * only names the procedures that apply) proves no procedure; one that
 * leaves only what it does not cover to others (未尽事宜按…执行) does.
 * In a 制度汇编, a chapter's 办法 that says so leaves the other chapters
 * alone, and the 汇编 is not hollow for it.
 */
static void
test_sets_nothing(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/proc]\nlabel = 事件管理程序\nkinds = procedure\n"
	    "name = 事件管理[^/]{0,6}(程序|办法)\n"
	    "title = ^.{0,60}事件管理[^/]{0,6}(程序|办法)\n"
	    "[1/kb]\nlabel = 知识管理办法\nkinds = procedure\n"
	    "title = ^.{0,60}知识管理办法\n");
	static const char *const ch[] = { "第一篇 知识管理办法",
	    "第二篇 事件管理办法" };
	struct judged j;

	(void)state;
	assert_false(counts(rs, "1", "proc", "QP-IT-009 信息安全事件管理程序 Rev.A.docx",
	    "信息安全事件管理程序 1. 目的 规范事件管理。 2. 作业内容 依公司《信息安全"
	    "事件管理程序》执行,本程序不另规定。", EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "proc", "QP-IT-009 信息安全事件管理程序 Rev.A.docx",
	    "信息安全事件管理程序 依《紧急应变管理程序》执行,本程序不再另行规定。",
	    EV_TYPE_DOCUMENT));
	assert_true(counts(rs, "1", "proc", "QP-IT-009 信息安全事件管理程序 Rev.A.docx",
	    "信息安全事件管理程序 1. 目的 规范事件管理。 2. 作业内容 事件分级、报告、"
	    "处置。未尽事宜按《紧急应变管理程序》执行。", EV_TYPE_DOCUMENT));
	/* 本办法 in a 程序 speaks of some other 办法. */
	assert_true(counts(rs, "1", "proc", "信息安全事件管理程序.docx",
	    "信息安全事件管理程序 事件分级与处置。附:原《事件处置办法》废止,本办法"
	    "不另规定之处以本程序为准。", EV_TYPE_DOCUMENT));
	j = judge_sections(rs, "制度/信息中心管理制度汇编.docx",
	    "信息中心管理制度汇编 第一篇 知识管理办法 知识条目由岗位人员提交,专业组长"
	    "审核后发布,按专业和系统分类;每季度复核一次,过期、失效的条目修订或下线。 "
	    "第二篇 事件管理办法 依集团《事件管理办法》执行,本办法不另规定。",
	    EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING, ch, NULL, 2);
	assert_true(judged_counts(&j, "kb"));
	assert_false(judged_counts_free(&j, "proc"));
	ruleset_free(rs);
}

/*
 * A sheet is the item its name says even when the workbook's own name
 * matched the item and failed on its kind: the sheet 可用性计划 of
 * 可用性计划事件报告.xlsx (a record) is the plan; the workbook without
 * such a sheet is not.
 */
static void
test_sheet_named_in_record_workbook(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/plan]\nlabel = 可用性计划\nkinds = plan\n"
	    "name = 可用(性|率).{0,6}(计划|方案)\n"
	    "title = ^.{0,60}可用(性|率).{0,6}(计划|方案)\n");
	static const char *const sh[] = { "可用性计划", "可用性事件" };
	static const char *const other[] = { "可用性目标", "可用性事件" };
	struct judged j;

	(void)state;
	for (int t = 0; t < 2; t++) {
		j = judge_sections(rs, "可用性管理/2026年可用性计划事件报告.xlsx",
		    t == 0 ? "可用性计划 系统 目标 收费站车道系统 99.9% 可用性事件 "
		    "时间 系统 中断时长 2026-06-05 收费站 35分钟" : "可用性目标 "
		    "系统 目标 收费站车道系统 99.9% 可用性事件 时间 系统 中断时长 "
		    "2026-06-05 收费站 35分钟", EV_TYPE_SPREADSHEET, NULL,
		    DOC_SECTION_SHEET, t == 0 ? sh : other, NULL, 2);
		assert_int_equal(judged_counts_free(&j, "plan"), t == 0);
	}
	ruleset_free(rs);
}

/*
 * 关联 cites what follows it in a column 关联变更单, not in 关联关系: an
 * asset register's sheet of the relations between its items is titled so.
 */
static void
test_relations_are_no_citation(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/rel]\nlabel = 配置项关联\nkinds = inventory\n"
	    "title = ^.{0,60}关联关系\ncontent_all = 资产\n"
	    "[1/chg]\nlabel = 变更单\nkinds = record\n"
	    "title = ^.{0,60}变更单\n");

	(void)state;
	assert_true(counts(rs, "1", "rel", "附件4.docx",
	    "关联关系清单 资产 关系 关联资产 边界防火墙 上联 核心交换机",
	    EV_TYPE_DOCUMENT));
	assert_false(counts(rs, "1", "chg", "附件5.docx",
	    "关联变更单chg-0012 处理完毕", EV_TYPE_DOCUMENT));
	ruleset_free(rs);
}

/*
 * Minutes in which both sides agreed are the written agreement of what
 * each agenda item settled; without that, an agenda item is its record.
 */
static void
test_minutes_agreement(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE
	    "[1/hc]\nlabel = 健康检查约定\nkinds = agreement\n"
	    "title = ^.{0,60}健康检查的?(安排|约定)\ncontent_all = 每季度\n"
	    "[1/rec]\nlabel = 健康检查记录\nkinds = record\n"
	    "title = ^.{0,60}健康检查.{0,8}记录\n");
	static const char *const items[][2] = {
		{ "一、服务内容", "二、健康检查安排" },
		{ "一、服务内容", "二、健康检查约定" },
	};
	static const unsigned lv[] = { 2, 2 };
	struct judged j;
	int t, h;

	(void)state;
	/* An agenda item headed 约定 is one too: 约定 names an agreement
	 * of its own only outside minutes (test_agreement_chapter). */
	for (h = 0; h < 2; h++)
		for (t = 0; t < 2; t++) {
			char text[512];

			snprintf(text, sizeof(text), "运维服务对接会会议纪要 "
			    "一、服务内容 %s %s 健康检查每季度一次，现场检查。",
			    t == 0 ? "经讨论，双方一致同意派驻工程师。" :
			    "会议听取了汇报。", items[h][1]);
			j = judge_sections(rs, "客户对接/运维服务对接会会议纪要.docx",
			    text, EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING,
			    items[h], lv, 2);
			/* The arrangement is no record of a health check. */
			assert_false(judged_counts(&j, "rec"));
			assert_int_equal(judged_counts_free(&j, "hc"), t == 0);
		}
	ruleset_free(rs);
}

/*
 * `chapters = yes`: a record's chapter that names the item's activity
 * proves it (二、病毒查杀 of an inspection report); without the key it is
 * a topic of the report.
 */
static void
test_chapters_key(void **state)
{
	static const char *const chapters[] = { "一、设备状态", "二、病毒查杀" };
	static const char *const keys[] = { "", "chapters = yes\n" };
	struct ruleset *rs;
	struct judged j;
	char *text;
	int t;

	(void)state;
	expect_error(CLAUSE "[1/av]\nlabel = 病毒查杀记录\nkinds = record\n"
	    "title = ^.{0,60}病毒查杀记录\nchapters = maybe\n",
	    "k.rules:8: bad chapters 'maybe': expected yes or no");
	for (t = 0; t < 2; t++) {
		text = g_strdup_printf(CLAUSE "[1/av]\nlabel = 病毒查杀记录\n"
		    "kinds = record\ntitle = ^.{0,60}病毒查杀记录\n"
		    "content_all = 病毒\n%s", keys[t]);
		rs = compile_ok(text);
		g_free(text);
		j = judge_sections(rs, "记录/2026年7月巡检报告.docx",
		    "2026年7月巡检报告 一、设备状态 防火墙正常。"
		    "二、病毒查杀 本月全网查杀1次，清除病毒2个。",
		    EV_TYPE_DOCUMENT, NULL, DOC_SECTION_HEADING, chapters,
		    NULL, 2);
		assert_int_equal(judged_counts_free(&j, "av"), t == 1);
		ruleset_free(rs);
	}
}

/*
 * A workbook: its head is its first sheet's name and title rows, not the
 * names of all its sheets; a sheet whose columns have no rows under their
 * header proves nothing; a sheet's name is part of its text; an export
 * without a title row is the record of its file name.
 */
static void
test_workbook_sheets(void **state)
{
	struct ruleset *rs = compile_ok(CLAUSE "[1/hw]\nlabel = 硬件故障统计\n"
	    "kinds = record\ntitle = ^.{0,60}硬件故障\ncontent_all = 故障\n"
	    "content_any = 电源|风扇\n[1/insp]\nlabel = 巡检记录\n"
	    "kinds = record\ntitle = ^.{0,60}巡检(记录|报告)\n");
	struct rule_matcher *mt = rule_matcher_new();
	struct doc_section sec[5];
	struct classify_input in;
	struct judged j;
	char *np, *nt;
	int rows;

	(void)state;
	assert_non_null(mt);
	for (rows = 0; rows < 2; rows++) {
		make_input("ITSM/routine_tasks_export.xlsx", rows ?
		    "tasks 硬件故障透视 任务编号 内容 T1 日常维护 风扇除尘 "
		    "月份 电源 风扇 2026-01 1 0" :
		    "tasks 硬件故障透视 任务编号 内容 T1 日常维护 风扇除尘 "
		    "月份 电源 风扇", EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"tasks", NULL, (size_t)(strstr(in.text, "任务编号") -
		    in.text), (size_t)(strstr(in.text, "月份") - in.text) };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"内容", (char *)"tasks", sec[0].start, sec[0].end };
		sec[2] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"硬件故障透视", NULL, sec[0].end, in.text_len };
		sec[3] = (struct doc_section){ DOC_SECTION_COLUMN, 2, rows,
		    (char *)"电源", (char *)"硬件故障透视", sec[2].start,
		    sec[2].end };
		in.sections = sec;
		in.n_sections = 4;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		/* Counted by its sheet only when that sheet has rows; its
		 * name, not its values, says 故障. */
		assert_int_equal(judged_counts_free(&j, "hw"), rows == 1);
		free(np);
		free(nt);

		/* A tool's export has no title row: a workbook with data
		 * rows is the record of what its file name says, less the
		 * date; without rows it is no record of anything. */
		make_input("ITSM/巡检/安全设备日常巡检_2026-05.xlsx",
		    "checklist 日期 设备 状态 2026-05-01 fw-01 正常",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"checklist", NULL, 10, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, rows,
		    (char *)"设备", (char *)"checklist", 10, in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "insp"), rows == 1);
		free(np);
		free(nt);
	}
	/* A sheet that is only a header has assessed, ranked and approved
	 * nothing: its 优先级 / 批准人 columns do not fill the whole
	 * workbook's content checks (the 实施跟踪 sheet's rows do count). */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/prio]\nlabel = 改进机会优先级排序及批准\n"
	    "kinds = inventory record\nname = 改进项目清单\n"
	    "content_all = 优先级\ncontent_any = 批准\n[1/done]\n"
	    "label = 改进实施记录\nkinds = inventory record\n"
	    "name = 改进项目清单\ncontent_all = 已完成\n");
	for (rows = 0; rows < 2; rows++) {
		make_input("持续改进/持续改进项目清单（2026）.xlsx",
		    "改进项评估 实施跟踪 编号 改进项 优先级 批准人 "
		    "编号 改进目标 实施状态 gj-01 出报告≤2小时 已完成",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"改进项评估", NULL, (size_t)(strstr(in.text,
		    "编号") - in.text), (size_t)(strstr(in.text, "编号改进目标") -
		    in.text) };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, rows,
		    (char *)"优先级", (char *)"改进项评估", sec[0].start,
		    sec[0].end };
		sec[2] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"实施跟踪", NULL, sec[0].end, in.text_len };
		sec[3] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"实施状态", (char *)"实施跟踪", sec[2].start,
		    sec[2].end };
		in.sections = sec;
		in.n_sections = 4;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "prio"), rows == 1);
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "done"), 1);
		free(np);
		free(nt);
	}
	/* A log's rows by type (`rows`): the maintenance log whose
	 * 作业类型 cells say 病毒查杀 records the scans; a role list whose
	 * 职责 cells say the same is no record, nor is a log whose only
	 * 病毒查杀 is a column's header. */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/scan]\nlabel = 定期查杀记录\n"
	    "kinds = record\ntitle = ^.{0,60}(病毒)?查杀记录\n"
	    "content_all = 病毒\nrows = (病毒)?查杀\n");
	{
		static const struct {
			const char *path, *text, *col;
			int counts;
		} row_cases[] = {
			{ "2026/9月/安全设备维护作业记录_20260902.xlsx",
			    "作业记录 作业类型 设备 作业内容 例行维护 waf 除尘 "
			    "病毒查杀 ips 更新病毒特征库", "作业类型", 1 },
			{ "体系/安全运维角色及职责清单.xlsx",
			    "职责 岗位 职责 安全工程师 病毒查杀 运维工程师 巡检",
			    "岗位", 0 },
			{ "2026/9月/安全设备维护作业记录_20260902.xlsx",
			    "作业记录 日期 病毒查杀 2026-09-01 已更新病毒特征库",
			    "病毒查杀", 0 },
			/* Two types joined by 及, too long for one. */
			{ "2026年/安全设备维护保养记录.xlsx",
			    "作业记录 作业类别 设备 日常维护 fw01 "
			    "病毒库更新及查杀 ids01", "作业类别", 1 },
			/* Not a description that happens to hold 及. */
			{ "2026年/安全设备维护保养记录.xlsx",
			    "作业记录 作业类别 设备 日常维护 fw01 "
			    "发现病毒及时上报查杀 ids01", "作业类别", 0 },
		};
		size_t r;

		for (r = 0; r < sizeof(row_cases) / sizeof(row_cases[0]);
		    r++) {
			make_input(row_cases[r].path, row_cases[r].text,
			    EV_TYPE_SPREADSHEET, &in, &np, &nt);
			memset(sec, 0, sizeof(sec));
			sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1,
			    false, (char *)"作业记录", NULL, 0, in.text_len };
			sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2,
			    true, (char *)row_cases[r].col, (char *)"作业记录",
			    0, in.text_len };
			in.sections = sec;
			in.n_sections = 2;
			assert_int_equal(classify_file(rs, mt, &in, 0, &j.m,
			    &j.n), 0);
			if (judged_counts_free(&j, "scan") !=
			    (row_cases[r].counts == 1))
				fail_msg("case %zu (%s): counts %d", r,
				    row_cases[r].path, !row_cases[r].counts);
			free(np);
			free(nt);
		}
	}
	/* An identifier column (整改单号) refers to other documents: no
	 * 整改单 of its own.  A first sheet that is only a header (宕机登记)
	 * is not the workbook's title: the first sheet with rows is. */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/capa]\nlabel = 整改单\nkinds = record\n"
	    "title = ^.{0,60}整改(记录|单)\n[1/down]\nlabel = 宕机记录\n"
	    "kinds = record inventory\ntitle = ^.{0,60}宕机(记录|登记)\n");
	for (rows = 0; rows < 2; rows++) {
		make_input("服务监测/科技服务目标监测表（2026年）.xlsx",
		    "监测 科技服务目标监测表(2026年) 监测项 目标 实际 整改单号 "
		    "满意度 90 91 zg2026-07",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"监测", NULL, strlen("监测"), in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)(rows ? "整改单号" : "整改单"), (char *)"监测",
		    strlen("监测"), in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "capa"), rows == 0);
		free(np);
		free(nt);

		make_input("系统组/系统组运行记录本（2026年）.xlsx",
		    "宕机登记 备份检查 系统组运行记录本 日期 系统 中断时长 "
		    "系统组运行记录本 日期 数据库 结果 2026-02-02 his 成功",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"宕机登记", NULL, (size_t)(strstr(in.text,
		    "系统组运行记录本") - in.text), (size_t)(strstr(in.text,
		    "系统组运行记录本日期数据库") - in.text) };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, rows,
		    (char *)"系统", (char *)"宕机登记", sec[0].start,
		    sec[0].end };
		sec[2] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"备份检查", NULL, sec[0].end, in.text_len };
		sec[3] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"结果", (char *)"备份检查", sec[2].start,
		    sec[2].end };
		in.sections = sec;
		in.n_sections = 4;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "down"), rows == 1);
		free(np);
		free(nt);
	}
	/* A column is judged under its sheet's name: the sheet 评估排序
	 * says its column 改进机会 is ranked. */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/prio]\nlabel = 改进机会排序\n"
	    "kinds = record inventory\ntitle = ^.{0,60}改进机会\n"
	    "content_all = 排序\n");
	make_input("sre/reliability/改进Backlog_20260504.xlsx",
	    "评估排序 jira 导出 · 项目 improve · 2026-05-04 · owner ops-team "
	    "编号 改进机会 得分 imp-01 soar自动封禁 9",
	    EV_TYPE_SPREADSHEET, &in, &np, &nt);
	memset(sec, 0, sizeof(sec));
	sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
	    (char *)"评估排序", NULL, strlen("评估排序 "), in.text_len };
	sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
	    (char *)"改进机会", (char *)"评估排序", strlen("评估排序 "),
	    in.text_len };
	in.sections = sec;
	in.n_sections = 2;
	assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
	assert_true(judged_counts_free(&j, "prio"));
	free(np);
	free(nt);
	/* A KPI system lists measures, it is no record of them. */
	assert_int_equal(kind_of("体系/信息系统可用性指标体系.xlsx", NULL),
	    EV_KIND_INVENTORY);
	rule_matcher_free(mt);
	ruleset_free(rs);
}


/*
 * A column's header with no row under it is a label: a 改进机会台账 whose
 * 优先级 column is empty beside filled ones has ranked nothing, and the
 * file does not count for the ranking; with a value under it, it does.
 */
static void
test_empty_column(void **state)
{
	static const char rules[] = CLAUSE
	    "[1/rank]\nlabel = 改进机会的优先级排序\nkinds = record inventory\n"
	    "name = 改进机会\ncontent_all = 优先级\n";
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = compile_ok(rules);
	struct classify_input in;
	struct doc_section sec[4];
	struct judged j = { NULL, 0 };
	char *np, *nt;
	int filled;

	(void)state;
	assert_non_null(mt);
	for (filled = 0; filled < 2; filled++) {
		/* Normalised as an office document's is: cells stay apart
		 * (TEXTNORM_HARD_BREAKS). */
		make_input("持续改进/改进机会台账_20260826.xlsx", NULL,
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		in.text = filled ?
		    "台账 改进机会台账 编号 改进机会 优先级 gj-01 推流自动切换 高" :
		    "台账 改进机会台账 编号 改进机会 优先级 gj-01 推流自动切换";
		in.text_len = strlen(in.text);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"台账", NULL, 0, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"编号", (char *)"台账", 0, in.text_len };
		sec[2] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"改进机会", (char *)"台账", 0, in.text_len };
		sec[3] = (struct doc_section){ DOC_SECTION_COLUMN, 2,
		    filled == 1, (char *)"优先级", (char *)"台账", 0,
		    in.text_len };
		in.sections = sec;
		in.n_sections = 4;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		if (judged_counts(&j, "rank") != (filled == 1))
			fail_msg("优先级 %s: counts %d", filled ? "filled" :
			    "empty", filled == 0);
		file_matches_free(j.m, j.n);
		free(np);
		free(nt);
		/* explain reads what the verdict read: the empty column's
		 * header blanked, offsets kept; nothing when it is filled. */
		{
			struct file_facts f;
			char *blanked;

			memset(&f, 0, sizeof(f));
			f.path = (char *)"持续改进/改进机会台账_20260826.xlsx";
			f.typeclass = EV_TYPE_SPREADSHEET;
			f.id.size = 1;
			f.text = (char *)in.text;
			f.text_len = in.text_len;
			f.sections = sec;
			f.n_sections = 4;
			assert_int_equal(classify_facts_content_text(&f,
			    &blanked), 0);
			if (filled) {
				assert_null(blanked);
			} else {
				assert_non_null(blanked);
				assert_int_equal(strlen(blanked), in.text_len);
				assert_null(strstr(blanked, "优先级"));
				assert_non_null(strstr(blanked, "改进机会"));
			}
			g_free(blanked);
		}
	}
	ruleset_free(rs);
	rule_matcher_free(mt);
}

/*
 * A CMDB export whose sheet 关系 is only its header keeps no relations:
 * the sheet is blanked, and so is its name in the list of sheet names
 * the workbook's text opens with (the name of a sheet with rows stays).
 */
static void
test_empty_sheet_name(void **state)
{
	static const char text[] = "ci 关系 cmdb导出—ci ci编号 名称 ci-0001 "
	    "会员库 cmdb导出—关系 源ci 关系 目标ci";
	struct file_facts f;
	struct doc_section sec[6];
	size_t a = strstr(text, "cmdb导出—ci") - text;
	size_t b = strstr(text, "cmdb导出—关系") - text;
	size_t len = strlen(text);
	char *blanked;

	(void)state;
	memset(sec, 0, sizeof(sec));
	sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
	    (char *)"ci", NULL, a, b };
	sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
	    (char *)"ci编号", (char *)"ci", a, b };
	sec[2] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
	    (char *)"名称", (char *)"ci", a, b };
	sec[3] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
	    (char *)"关系", NULL, b, len };
	sec[4] = (struct doc_section){ DOC_SECTION_COLUMN, 2, false,
	    (char *)"源ci", (char *)"关系", b, len };
	sec[5] = (struct doc_section){ DOC_SECTION_COLUMN, 2, false,
	    (char *)"目标ci", (char *)"关系", b, len };
	memset(&f, 0, sizeof(f));
	f.path = (char *)"资产/CMDB_export_20260226.xlsx";
	f.typeclass = EV_TYPE_SPREADSHEET;
	f.id.size = 1;
	f.text = (char *)text;
	f.text_len = len;
	f.sections = sec;
	f.n_sections = 6;
	assert_int_equal(classify_facts_content_text(&f, &blanked), 0);
	assert_non_null(blanked);
	assert_int_equal(strlen(blanked), len);
	assert_null(strstr(blanked, "关系"));
	assert_true(strncmp(blanked, "ci ", 3) == 0);
	assert_non_null(strstr(blanked, "会员库"));
	g_free(blanked);
}

/*
 * Two workbooks that record nothing: a blank form whose every sheet is
 * only its header row (a 周PM点检表 under FM表单/), whatever its name;
 * and a log whose cells name the 运行维护科, which is a department, not
 * a row of maintenance work (a sign-in sheet's 科室 column).
 */
static void
test_blank_workbooks(void **state)
{
	static const char rules[] = CLAUSE
	    "[1/insp]\nlabel = 巡检记录\nkinds = record\n"
	    "name = 点检(记录|表)\n"
	    "[1/maint]\nlabel = 日常维护记录\nkinds = record\n"
	    "title = ^.{0,60}(日常)?维护.{0,4}记录\n"
	    "rows = (例行|日常|运行)?维护\n";
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = compile_ok(rules);
	struct classify_input in;
	struct doc_section sec[3];
	struct judged j = { NULL, 0 };
	char *np, *nt;
	int filled;

	(void)state;
	assert_non_null(mt);
	for (filled = 0; filled < 2; filled++) {
		make_input("FM表单/FM-CIM-021 服务器周PM点检表.xlsx", filled ?
		    "Form 服务器周PM点检表 PM Date Server 2026-10-08 mes-01" :
		    "Form 服务器周PM点检表 PM Date Server",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"Form", NULL, 0, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2,
		    filled == 1, (char *)"PM Date", (char *)"Form", 0,
		    in.text_len };
		sec[2] = (struct doc_section){ DOC_SECTION_COLUMN, 2,
		    filled == 1, (char *)"Server", (char *)"Form", 0,
		    in.text_len };
		in.sections = sec;
		in.n_sections = 3;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		if (judged_counts(&j, "insp") != (filled == 1))
			fail_msg("点检表 %s: counts %d", filled ? "filled" :
			    "blank", filled == 0);
		file_matches_free(j.m, j.n);
		free(np);
		free(nt);
	}
	/* A tool's export whose type column holds a department (运行维护科)
	 * types no row of maintenance; one that holds 日常维护 does. */
	for (filled = 0; filled < 2; filled++) {
		make_input("ITSM/tasks_export_20260614.xlsx", filled ?
		    "tasks 任务类型 ip 日常维护 fw-edge-01" :
		    "tasks 任务类型 ip 运行维护科 fw-edge-01",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"tasks", NULL, 0, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"任务类型", (char *)"tasks", 0, in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		if (judged_counts(&j, "maint") != (filled == 1))
			fail_msg("type %s: counts %d", filled ? "日常维护" :
			    "运行维护科", filled == 0);
		file_matches_free(j.m, j.n);
		free(np);
		free(nt);
	}
	ruleset_free(rs);
	rule_matcher_free(mt);
}

/*
 * A workbook keeps each record in its place: a 维护作业记录 whose rows
 * are typed (状态检查, 病毒查杀, 版本升级) and none of them maintenance
 * keeps no maintenance record, whatever its name says; with a 例行维护
 * row it does, and one type alone is no typed log.  A 维护记录本 whose
 * 日常维护 sheet is only a header keeps none either.
 */
static void
test_empty_place(void **state)
{
	static const char rules[] = CLAUSE
	    "[1/maint]\nlabel = 日常维护记录\nkinds = record\n"
	    "name = 维护(作业)?记录\ntitle = ^.{0,60}(日常)?维护记录\n"
	    "rows = (例行|日常)?维护\n"
	    "[1/scan]\nlabel = 查杀记录\nkinds = record\n"
	    "title = ^.{0,60}(病毒)?查杀记录\nrows = (病毒)?查杀\n"
	    "[1/upg]\nlabel = 升级记录\nkinds = record\n"
	    "title = ^.{0,60}升级记录\nrows = (版本)?升级\n";
	static const struct {
		const char *types;
		int counts;
	} logs[] = {
		{ "状态检查 fw 病毒查杀 ips 版本升级 waf", 0 },
		{ "例行维护 fw 病毒查杀 ips 版本升级 waf", 1 },
		{ "病毒查杀 ips 正常 waf 正常", 1 },
	};
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = compile_ok(rules);
	struct classify_input in;
	struct doc_section sec[7];
	struct judged j = { NULL, 0 };
	char *np, *nt, *text;
	size_t r;
	int rows;

	(void)state;
	assert_non_null(mt);
	/* The log's sheet may be named for the item (维护记录): its rows
	 * still decide. */
	for (r = 0; r < 2 * sizeof(logs) / sizeof(logs[0]); r++) {
		const char *sheet = r % 2 ? "维护记录" : "作业记录";
		size_t l = r / 2;

		/* Latin cells between the types: the input is normalised
		 * without hard breaks, so Han cells side by side join. */
		text = g_strdup_printf("%s 2026 作业类型 ip %s", sheet,
		    logs[l].types);
		make_input("2026/3月/安全设备维护作业记录_20260320.xlsx", text,
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		g_free(text);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)sheet, NULL, 0, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"作业类型", (char *)sheet, 0, in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		if (judged_counts(&j, "maint") != (logs[l].counts == 1))
			fail_msg("log %zu (%s, sheet %s): counts %d (%s)", l,
			    logs[l].types, sheet, !logs[l].counts, find(&j,
			    "1", "maint") != NULL && find(&j, "1",
			    "maint")->reason ? find(&j, "1", "maint")->reason :
			    "-");
		file_matches_free(j.m, j.n);
		free(np);
		free(nt);
	}
	/* A tool's export of no known kind is a log when a column types
	 * its rows (任务类型); without one its cells are no types.  A cell
	 * may join two types with a slash (病毒库更新/查杀). */
	for (rows = 0; rows < 2; rows++) {
		make_input("ITSM/routine_tasks_export_20260614.xlsx",
		    "tasks 任务类型 ip 版本升级 fw-edge-01 病毒库更新/查杀 waf",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"tasks", NULL, 0, in.text_len };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)(rows ? "任务类型" : "内容"), (char *)"tasks", 0,
		    in.text_len };
		in.sections = sec;
		in.n_sections = 2;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "scan"), rows == 1);
		free(np);
		free(nt);
	}
	for (rows = 0; rows < 2; rows++) {
		make_input("安全组/安全设备维护记录本（2026年）.xlsx",
		    "日常维护 日期 设备 维护内容 2026-03-04 防火墙 除尘 "
		    "病毒查杀 日期 查杀结果 2026-03-04 未发现病毒",
		    EV_TYPE_SPREADSHEET, &in, &np, &nt);
		memset(sec, 0, sizeof(sec));
		sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"日常维护", NULL, 0, (size_t)(strstr(in.text,
		    "病毒查杀") - in.text) };
		sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, rows,
		    (char *)"维护内容", (char *)"日常维护", 0, sec[0].end };
		sec[2] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
		    (char *)"病毒查杀", NULL, sec[0].end, in.text_len };
		sec[3] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
		    (char *)"查杀结果", (char *)"病毒查杀", sec[2].start,
		    in.text_len };
		in.sections = sec;
		in.n_sections = 4;
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		assert_int_equal(judged_counts_free(&j, "maint"), rows == 1);
		free(np);
		free(nt);
	}
	/* A workbook typed by its sheets, a sheet per kind of work (病毒
	 * 查杀, 版本升级) with rows: none of them maintenance, it keeps no
	 * maintenance record, whatever it is called; a sheet 日常维护 with
	 * rows makes it one, and one kind alone types nothing.  A sheet
	 * whose type column says one kind (升级: 特征库升级) is no typed log
	 * of its own, and leaves the workbook typed by its sheets. */
	{
		static const struct {
			const char *sheets[3];
			const char *type;  /* the last sheet's 类型 cell */
			int counts;
		} books[] = {
			{ { "病毒查杀", "版本升级", NULL }, NULL, 0 },
			{ { "病毒查杀", "版本升级", "日常维护" }, NULL, 1 },
			{ { "版本升级", "说明", NULL }, NULL, 1 },
			{ { "病毒查杀", "故障处理", "升级" }, "特征库升级", 0 },
			{ { "病毒查杀", "故障处理", "升级" }, "日常维护", 1 },
		};
		size_t b, k, n;

		for (b = 0; b < sizeof(books) / sizeof(books[0]); b++) {
			GString *t = g_string_new(NULL);
			size_t start[3];

			for (n = 0; n < 3 && books[b].sheets[n] != NULL; n++) {
				start[n] = t->len;
				if (books[b].type != NULL)
					/* Cells apart, as an export's are
					 * (Han text runs together). */
					g_string_append_printf(t, "%s 2026-03-0%zu "
					    "fw 正常 ips ", books[b].sheets[n],
					    n + 1);
				else
					g_string_append_printf(t, "%s 日期 设备 "
					    "内容 2026-03-0%zu 防火墙 %s完成 ",
					    books[b].sheets[n], n + 1,
					    books[b].sheets[n]);
			}
			if (books[b].type != NULL)
				g_string_append_printf(t, "类型 waf %s waf",
				    books[b].type);
			make_input("安全组/安全设备维护记录（2026年）.xlsx",
			    t->str, EV_TYPE_SPREADSHEET, &in, &np, &nt);
			memset(sec, 0, sizeof(sec));
			for (k = 0; k < n; k++) {
				size_t end = k + 1 < n ? start[k + 1] :
				    in.text_len;

				sec[2 * k] = (struct doc_section){
				    DOC_SECTION_SHEET, 1, false,
				    (char *)books[b].sheets[k], NULL, start[k],
				    end };
				sec[2 * k + 1] = (struct doc_section){
				    DOC_SECTION_COLUMN, 2, true, (char *)"内容",
				    (char *)books[b].sheets[k], start[k], end };
			}
			if (books[b].type != NULL)
				sec[2 * k] = (struct doc_section){
				    DOC_SECTION_COLUMN, 2, true, (char *)"类型",
				    (char *)books[b].sheets[k - 1],
				    start[k - 1], in.text_len };
			in.sections = sec;
			in.n_sections = 2 * k + (books[b].type != NULL);
			assert_int_equal(classify_file(rs, mt, &in, 0, &j.m,
			    &j.n), 0);
			if (judged_counts_free(&j, "maint") != books[b].counts)
				fail_msg("workbook %zu: expected %d", b,
				    books[b].counts);
			g_string_free(t, TRUE);
			free(np);
			free(nt);
		}
	}
	/* A column SLA要求 holds each row's requirement: it is a field of
	 * an incident export, no service level agreement. */
	ruleset_free(rs);
	rs = compile_ok(CLAUSE "[1/sla]\nlabel = 服务级别协议\n"
	    "kinds = agreement\ntitle = ^.{0,60}\\bsla\\b\n");
	make_input("sre/incident/20260731_incidents_export.xlsx",
	    "incidents incident sla要求 inc-3200 p1≤5", EV_TYPE_SPREADSHEET,
	    &in, &np, &nt);
	memset(sec, 0, sizeof(sec));
	sec[0] = (struct doc_section){ DOC_SECTION_SHEET, 1, false,
	    (char *)"incidents", NULL, 0, in.text_len };
	sec[1] = (struct doc_section){ DOC_SECTION_COLUMN, 2, true,
	    (char *)"SLA要求", (char *)"incidents", 0, in.text_len };
	in.sections = sec;
	in.n_sections = 2;
	assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
	assert_false(judged_counts_free(&j, "sla"));
	free(np);
	free(nt);
	rule_matcher_free(mt);
	ruleset_free(rs);
}

/*
 * classify_file() decides most files that prove nothing from borrowed
 * subjects, before the copies of identification (quick_identify()); a
 * ruleset without prefilters takes the long way.  Both must judge alike
 * where the subjects differ from the raw input: citations in the name,
 * the title or the head, a notice that issues a document, a table or a
 * NUL byte in the head.  The cases that can fail are those only the
 * built subjects identify (the issued title, a head whose NUL is
 * dropped): a subject that holds more only sends the file the long way.
 */
struct quick_case {
	const char *path, *title;
	const char *text;
	size_t text_len;                /* 0: strlen(text) */
	size_t table_start, table_end;  /* a table, when end > start */
	size_t want;                    /* matches */
};

static struct judged
judge_raw(const struct ruleset *rs, const struct quick_case *c)
{
	struct rule_matcher *mt = rule_matcher_new();
	struct classify_input in;
	struct text_range table;
	struct judged j = { NULL, 0 };

	assert_non_null(mt);
	memset(&in, 0, sizeof(in));
	in.path = c->path;
	in.title = c->title;
	in.text = c->text;
	in.text_len = c->text == NULL ? 0 : c->text_len != 0 ? c->text_len :
	    strlen(c->text);
	in.typeclass = EV_TYPE_DOCUMENT;
	in.text_status = EXTRACT_OK;
	if (c->table_end > c->table_start) {
		table.start = c->table_start;
		table.end = c->table_end;
		in.tables = &table;
		in.n_tables = 1;
	}
	assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
	rule_matcher_free(mt);
	return j;
}

/*
 * name_any: an issued edition says so in its name (应急预案（2025年修订）)
 * and not in its text; it stands in for content_any's approval words.
 * A draft of that edition, a bare version, a folder named for the edition
 * or a plain name do not.
 */
static void
test_name_any_edition(void **state)
{
	static const struct {
		const char *path;
		const char *text;
		int counts;
	} cases[] = {
		{ "应急/应急预案（2025年修订）.docx", "应急预案 恢复策略 rto 2小时", 1 },
		{ "应急/应急预案(2024年版).pdf", "应急预案 恢复策略 rto 2小时", 1 },
		{ "应急/应急预案.docx", "应急预案 恢复策略 rto 2小时", 0 },
		{ "应急/应急预案.docx", "应急预案 恢复策略 rto 2小时 批准:张三", 1 },
		{ "应急/应急预案（2025年修订稿）.docx", "应急预案 恢复策略 rto", 0 },
		{ "应急/应急预案 V2.0.docx", "应急预案 恢复策略 rto 2小时", 0 },
		{ "应急/2025年版（2025年版）/应急预案.docx", "应急预案 恢复策略", 0 },
		{ "应急/应急预案（2025）.docx", "应急预案 恢复策略 rto 2小时", 0 },
		/* The name is no content: content_all still holds first. */
		{ "应急/应急预案（2025年修订）.docx", "应急预案 处置流程", 0 },
	};
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = compile_ok(CLAUSE "[1/plan]\nlabel = 应急预案\n"
	    "kinds = plan\nname = 应急预案\ncontent_all = 恢复策略\n"
	    "name_any = [(（](19|20)\\d{2}年?(修订版?|版)[)）]\n"
	    "content_any = 批准\n");
	struct classify_input in;
	struct judged j = { NULL, 0 };
	char *np, *nt;
	size_t i;

	(void)state;
	assert_non_null(mt);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		make_input(cases[i].path, cases[i].text, EV_TYPE_DOCUMENT, &in,
		    &np, &nt);
		assert_int_equal(classify_file(rs, mt, &in, 0, &j.m, &j.n), 0);
		if (judged_counts_free(&j, "plan") != cases[i].counts)
			fail_msg("%s: expected %d", cases[i].path,
			    cases[i].counts);
		free(np);
		free(nt);
	}
	ruleset_free(rs);
	rule_matcher_free(mt);
}

static void
test_quick_path_agrees(void **state)
{
	static const char nul_head[] = "会议记录 管理\0评审 2026";
	static const struct quick_case cases[] = {
		{ "记录/依据管理评审程序的会议记录.txt", NULL, "会议记录", 0,
		    0, 0, 0 },
		{ "记录/管理评审会议记录.txt", NULL, "会议记录", 0, 0, 0, 1 },
		{ "a.txt", "按《管理评审》执行", "会议记录", 0, 0, 0, 0 },
		{ "a.txt", "2026年度管理评审", "会议记录", 0, 0, 0, 1 },
		{ "a.txt", NULL, "依据《应急预案》 会议记录", 0, 0, 0, 0 },
		{ "a.txt", NULL, "会议记录 应急预案 演练", 0, 0, 0, 1 },
		/* The head's table cell names it: no title. */
		{ "a.txt", NULL, "会议记录 应急预案 演练", 0, 13, 25, 0 },
		{ "a.txt", NULL, nul_head, sizeof(nul_head) - 1, 0, 0, 1 },
		{ "发文/关于印发《问题管理程序》的通知.txt", NULL,
		    "关于印发《问题管理程序》的通知 附件 问题管理程序 "
		    ISSUED_BODY, 0, 0, 0, 1 },
		/* Only the title the notice issues names it: the text names
		 * it again beyond the title region. */
		{ "发文/2024-10号.txt", NULL,
		    "关于印发《问题管理程序》的通知 各部门：现予印发，请遵照执行。"
		    "本通知自印发之日起生效，原有相关规定同时废止，各部门要认真组织学习。"
		    "附件 问题管理程序 " ISSUED_BODY, 0, 0, 0, 1 },
		{ "笔记/项目01/笔记-1.txt", NULL, "会议记录：讨论项目进度。", 0,
		    0, 0, 0 },
	};
	struct ruleset *fast, *slow;
	struct judged a, b;
	size_t i, k;

	(void)state;
	fast = compile_ok(REVIEW);
	assert_int_equal(setenv("EVIDENCED_NO_PREFILTER", "1", 1), 0);
	slow = compile_ok(REVIEW);
	assert_int_equal(unsetenv("EVIDENCED_NO_PREFILTER"), 0);
	assert_non_null(fast->name_prefilter);
	assert_null(slow->name_prefilter);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		a = judge_raw(fast, &cases[i]);
		b = judge_raw(slow, &cases[i]);
		if (a.n != cases[i].want || b.n != cases[i].want)
			print_message("case %zu: %zu and %zu matches\n", i, a.n,
			    b.n);
		assert_int_equal(a.n, cases[i].want);
		assert_int_equal(b.n, a.n);
		for (k = 0; k < a.n; k++) {
			assert_string_equal(a.m[k].item_id, b.m[k].item_id);
			assert_int_equal(a.m[k].counts, b.m[k].counts);
			assert_int_equal(a.m[k].matched_by, b.m[k].matched_by);
			assert_string_equal(a.m[k].reason != NULL ?
			    a.m[k].reason : "", b.m[k].reason != NULL ?
			    b.m[k].reason : "");
		}
		file_matches_free(a.m, a.n);
		file_matches_free(b.m, b.n);
	}
	ruleset_free(fast);
	ruleset_free(slow);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds_key),
		cmocka_unit_test(test_terms_key),
		cmocka_unit_test(test_vocab),
		cmocka_unit_test(test_kind_of_file),
		cmocka_unit_test(test_procedure_is_no_record),
		cmocka_unit_test(test_joined_kind),
		cmocka_unit_test(test_long_reason_stays_utf8),
		cmocka_unit_test(test_training_about_plan),
		cmocka_unit_test(test_citations),
		cmocka_unit_test(test_issuing_notice),
		cmocka_unit_test(test_purpose_is_no_title),
		cmocka_unit_test(test_table_cells_are_no_title),
		cmocka_unit_test(test_section_inherits_exclusion),
		cmocka_unit_test(test_chapter_is_process),
		cmocka_unit_test(test_plan_chapter_is_no_record),
		cmocka_unit_test(test_agreement_chapter),
		cmocka_unit_test(test_procedure_chapter_is_no_agreement),
		cmocka_unit_test(test_folder_names_what_it_holds),
		cmocka_unit_test(test_form_number_column),
		cmocka_unit_test(test_sheet_named_in_record_workbook),
		cmocka_unit_test(test_relations_are_no_citation),
		cmocka_unit_test(test_minutes_agreement),
		cmocka_unit_test(test_chapters_key),
		cmocka_unit_test(test_workbook_sheets),
		cmocka_unit_test(test_empty_place),
		cmocka_unit_test(test_empty_column),
		cmocka_unit_test(test_empty_sheet_name),
		cmocka_unit_test(test_blank_workbooks),
		cmocka_unit_test(test_name_any_edition),
		cmocka_unit_test(test_quick_path_agrees),
		cmocka_unit_test(test_sets_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
