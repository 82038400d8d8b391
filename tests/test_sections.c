/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_sections.c - documents split into sections, per format, and the
 * classifier judging a section like a file: a manual's chapter proves a
 * procedure, a log's column with data rows proves a record, a header
 * without rows proves nothing.  Fixtures: tests/data/gen-sections.py.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/extract.h"
#include "evidenced/facts.h"
#include "evidenced/inspect.h"
#include "evidenced/textnorm.h"

#define DIR "tests/data/sections/"

static struct extract_result *
run(const char *path, const char *format)
{
	struct extract_result *r = NULL;
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_int_equal(extract_fd(fd, format, NULL, &r), 0);
	close(fd);
	assert_non_null(r);
	if (r->status != EXTRACT_OK)
		fail_msg("%s: %s", path, r->reason);
	return r;
}

struct want {
	enum doc_section_kind kind;
	unsigned level;
	const char *heading;
	const char *body;       /* in the section's text, or NULL */
	bool data;              /* columns: has_data_rows */
};

/* The sections of r are exactly want[0..n), bodies inside their text. */
static void
expect(const struct extract_result *r, const struct want *want, size_t n)
{
	size_t i;

	for (i = 0; i < r->n_sections && i < n; i++)
		if (strcmp(r->sections[i].heading, want[i].heading) != 0)
			fail_msg("section %zu: %s, want %s", i,
			    r->sections[i].heading, want[i].heading);
	assert_int_equal(r->n_sections, n);
	for (i = 0; i < n; i++) {
		const struct doc_section *s = &r->sections[i];

		assert_int_equal(s->kind, want[i].kind);
		assert_int_equal(s->level, want[i].level);
		assert_true(s->start <= s->end && s->end <= r->text_len);
		if (s->kind == DOC_SECTION_COLUMN)
			assert_int_equal(s->has_data_rows, want[i].data);
		if (s->kind == DOC_SECTION_HEADING)
			assert_memory_equal(r->text + s->start, s->heading,
			    strlen(s->heading));
		if (want[i].body != NULL &&
		    g_strstr_len(r->text + s->start, (gssize)(s->end -
		    s->start), want[i].body) == NULL)
			fail_msg("section %s lacks %s", s->heading,
			    want[i].body);
	}
	/* The marks extractors use never reach the text. */
	assert_null(strstr(r->text, "\xEF\xB7\x90"));
	assert_null(strstr(r->text, "\xEF\xB7\x91"));
}

static const struct want manual_styled[] = {
	{ DOC_SECTION_HEADING, 1, "第一章 总则", "本手册适用于", false },
	{ DOC_SECTION_HEADING, 1, "第三章 问题管理程序", "问题按影响分为三级",
	    false },
	{ DOC_SECTION_HEADING, 2, "3.1 问题分类", "问题按影响分为三级", false },
	{ DOC_SECTION_HEADING, 1, "第四章 变更管理程序", "变更委员会", false },
};

static void
test_docx_headings(void **state)
{
	struct extract_result *r = run(DIR "manual.docx", "docx");

	(void)state;
	expect(r, manual_styled, 4);
	/* A chapter ends where the next one starts. */
	assert_null(g_strstr_len(r->text + r->sections[1].start,
	    (gssize)(r->sections[1].end - r->sections[1].start), "变更"));
	extract_result_free(r);
}

/* Numbered lines: the TOC entry, dates, list sentences and "3 5%" are no
 * headings; 一、 is one level below 第N章. */
static const struct want manual_numbered[] = {
	{ DOC_SECTION_HEADING, 1, "第一章 总则", "本手册适用于", false },
	{ DOC_SECTION_HEADING, 1, "第三章 问题管理程序", "根本原因分析", false },
	{ DOC_SECTION_HEADING, 2, "3.1 问题分类", "问题按影响分为三级", false },
	{ DOC_SECTION_HEADING, 1, "第四章 变更管理程序", "附则", false },
	{ DOC_SECTION_HEADING, 2, "一、附则", "自发布之日起施行", false },
};

static void
test_txt_numbered(void **state)
{
	struct extract_result *r = run(DIR "manual.txt", "txt");

	(void)state;
	expect(r, manual_numbered, 5);
	extract_result_free(r);
}

static void
test_pdf_numbered(void **state)
{
	struct extract_result *r = run(DIR "manual.pdf", "pdf");

	(void)state;
	expect(r, manual_numbered, 5);
	/* Its metadata title is ReportLab's placeholder "untitled": no
	 * title, so its cover says what it is. */
	assert_null(r->title);
	extract_result_free(r);
}

/* A bilingual manual: a long chapter heading with its English is still a
 * heading, and a chapter's own 1 目的, 2 范围 are parts of it. */
static void
test_txt_bilingual(void **state)
{
	static const struct want manual[] = {
		{ DOC_SECTION_HEADING, 1, "第1章 手册说明 About this manual",
		    "服务管理体系", false },
		{ DOC_SECTION_HEADING, 1, "第3章 事件管理流程 Incident Management",
		    "托管服务", false },
		{ DOC_SECTION_HEADING, 2, "1 目的 Purpose", "恢复服务", false },
		{ DOC_SECTION_HEADING, 2, "2 范围 Scope", "托管服务", false },
		{ DOC_SECTION_HEADING, 1,
		    "第4章 服务请求管理流程 Service Request Fulfilment",
		    "受理服务请求", false },
		{ DOC_SECTION_HEADING, 2, "1 目的 Purpose", "受理服务请求", false },
		{ DOC_SECTION_HEADING, 1,
		    "第5章 变更管理控制流程（Change Enablement）",
		    "控制生产变更", false },
	};
	struct extract_result *r = run(DIR "bilingual.txt", "txt");

	(void)state;
	expect(r, manual, 7);
	extract_result_free(r);
}

/* Minutes numbered by 议题: each agenda item is a section (its topic's
 * record, and its agreement when both sides agreed). */
static void
test_txt_agenda(void **state)
{
	static const struct want items[] = {
		{ DOC_SECTION_HEADING, 2, "议题1 服务范围与交付方式", "驻场1人",
		    false },
		{ DOC_SECTION_HEADING, 2, "议题2 健康检查安排", "每季度一次",
		    false },
	};
	struct extract_result *r = run(DIR "kickoff.txt", "txt");

	(void)state;
	expect(r, items, 2);
	extract_result_free(r);
}

/* A record whose numbered items run into their text after a colon (二、
 * 宣贯服务持续改进：每人每季度…): the part before the colon is the
 * heading, the rest of the line and what follows its text.  A numbered
 * sentence without a colon is none, nor a long line ending in one. */
static void
test_txt_run_in(void **state)
{
	static const struct want items[] = {
		{ DOC_SECTION_HEADING, 2, "二、宣贯服务持续改进", "改进成效纳入绩效",
		    false },
		{ DOC_SECTION_HEADING, 2, "三、安全交底", "两人同行", false },
	};
	struct extract_result *r = run(DIR "briefing.txt", "txt");

	(void)state;
	expect(r, items, 2);
	/* The item's text runs over the line it continues on. */
	assert_non_null(g_strstr_len(r->text + r->sections[0].start,
	    (gssize)(r->sections[0].end - r->sections[0].start), "改进计划"));
	extract_result_free(r);
}

/* A compilation's documents are its parts, each over chapters that start
 * again at 第一章: a part (第二篇 …, or 二、… over a 第一章) holds its
 * chapters' text, and its heading may be a long document name. */
static void
test_txt_parts(void **state)
{
	static const struct want parts[] = {
		{ DOC_SECTION_HEADING, 1, "第一篇 信息系统运行维护管理办法",
		    "信息中心负责", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", "规范运维", false },
		{ DOC_SECTION_HEADING, 2, "第二章 职责分工", NULL, false },
		{ DOC_SECTION_HEADING, 1, "第二篇 信息中心信息系统安全风险分级"
		    "管控和隐患排查治理实施细则", "验证其有效性", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", "双重预防", false },
		{ DOC_SECTION_HEADING, 2, "第二章 隐患排查与预防措施", NULL,
		    false },
	};
	static const struct want numbered[] = {
		{ DOC_SECTION_HEADING, 1, "一、信息化运维管理办法", "规范信息化运维",
		    false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", NULL, false },
		{ DOC_SECTION_HEADING, 1, "二、问题管理细则", "十个工作日", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", NULL, false },
		{ DOC_SECTION_HEADING, 2, "第二章 根因分析", NULL, false },
	};
	static const struct want toc[] = {
		{ DOC_SECTION_HEADING, 1, "运维服务持续改进管理办法", "评分排序",
		    false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", NULL, false },
		{ DOC_SECTION_HEADING, 2, "第二章 评估和批准", NULL, false },
		{ DOC_SECTION_HEADING, 1, "信息安全管理体系内部审核实施细则",
		    "不符合项", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", NULL, false },
		{ DOC_SECTION_HEADING, 2, "第二章 审核程序", NULL, false },
	};
	static const struct want bian[] = {
		{ DOC_SECTION_HEADING, 1, "第一编  运维问题管理规程", "根因分析",
		    false },
		{ DOC_SECTION_HEADING, 2, "第一章  问题识别", NULL, false },
		{ DOC_SECTION_HEADING, 2, "第二章  根因分析与解决", NULL, false },
		{ DOC_SECTION_HEADING, 1, "第二编  持续改进管理规程", "改进台账",
		    false },
		{ DOC_SECTION_HEADING, 2, "第一章  改进的识别与记录", NULL, false },
	};
	static const struct want listed[] = {
		{ DOC_SECTION_HEADING, 1, "信息化服务申请办理规范", "钉钉", false },
		{ DOC_SECTION_HEADING, 3, "一、目的", NULL, false },
		{ DOC_SECTION_HEADING, 3, "二、办理流程", NULL, false },
		{ DOC_SECTION_HEADING, 1, "运维服务管理内部审核制度", "每学年",
		    false },
		{ DOC_SECTION_HEADING, 3, "一、目的", NULL, false },
		{ DOC_SECTION_HEADING, 3, "二、审核安排", NULL, false },
	};
	static const struct want school[] = {
		{ DOC_SECTION_HEADING, 2, "一、淮扬大学网络安全事件应急处置办法",
		    "有害程序", false },
		{ DOC_SECTION_HEADING, 2, "二、淮扬大学网络安全教育培训工作实施细则",
		    "培训需求", false },
	};
	struct extract_result *r = run(DIR "compilation.txt", "txt");

	(void)state;
	expect(r, parts, sizeof(parts) / sizeof(parts[0]));
	/* A part ends where the next begins. */
	assert_null(g_strstr_len(r->text + r->sections[0].start,
	    (gssize)(r->sections[0].end - r->sections[0].start), "双重预防"));
	extract_result_free(r);
	r = run(DIR "compilation-b.txt", "txt");
	expect(r, numbered, sizeof(numbered) / sizeof(numbered[0]));
	extract_result_free(r);
	/* Documents by title alone, as the contents page lists them. */
	r = run(DIR "compilation-toc.txt", "txt");
	expect(r, toc, sizeof(toc) / sizeof(toc[0]));
	extract_result_free(r);
	r = run(DIR "compilation-c.txt", "txt");
	expect(r, bian, sizeof(bian) / sizeof(bian[0]));
	extract_result_free(r);
	/* Contents numbered 一、 without pages: the entries head nothing. */
	r = run(DIR "compilation-d.txt", "txt");
	expect(r, listed, sizeof(listed) / sizeof(listed[0]));
	extract_result_free(r);
	/* Contents numbered 1. and documents 一、: the first document's
	 * heading is no contents entry. */
	r = run(DIR "compilation-e.txt", "txt");
	expect(r, school, sizeof(school) / sizeof(school[0]));
	extract_result_free(r);
}

/* A PDF's outline: its titles name the sections, which start where their
 * page does; the titles are not added to the text. */
static void
test_pdf_outline(void **state)
{
	struct extract_result *r = run(DIR "outline.pdf", "pdf");
	const struct doc_section *s;

	(void)state;
	assert_int_equal(r->n_sections, 3);
	assert_string_equal(r->sections[0].heading, "封面");
	assert_int_equal(r->sections[0].start, 0);
	s = &r->sections[1];
	assert_string_equal(s->heading, "问题管理程序");
	assert_int_equal(s->level, 1);
	assert_int_equal(r->sections[2].level, 2);
	assert_string_equal(r->sections[2].heading, "问题分类");
	assert_int_equal(r->sections[0].end, s->start);
	assert_int_equal(s->end, r->text_len);
	assert_non_null(g_strstr_len(r->text + s->start,
	    (gssize)(s->end - s->start), "根本原因分析"));
	assert_null(strstr(r->text, "问题管理程序"));
	assert_null(strstr(r->text, "\xEF\xB7\x90"));
	extract_result_free(r);
}

static const struct want log_sheets[] = {
	{ DOC_SECTION_SHEET, 1, "维护记录", "防火墙", false },
	{ DOC_SECTION_COLUMN, 2, "日期", NULL, true },
	{ DOC_SECTION_COLUMN, 2, "设备", NULL, true },
	{ DOC_SECTION_COLUMN, 2, "病毒查杀", NULL, true },
	{ DOC_SECTION_COLUMN, 2, "补丁更新", NULL, false },
	{ DOC_SECTION_SHEET, 1, "巡检记录", "巡检人", false },
	{ DOC_SECTION_COLUMN, 2, "日期", NULL, false },
	{ DOC_SECTION_COLUMN, 2, "巡检人", NULL, false },
	{ DOC_SECTION_COLUMN, 2, "结果", NULL, false },
	{ DOC_SECTION_SHEET, 1, "病毒查杀", "清除病毒", false },
	{ DOC_SECTION_COLUMN, 2, "日期", NULL, true },
	{ DOC_SECTION_COLUMN, 2, "范围", NULL, true },
	{ DOC_SECTION_COLUMN, 2, "结果", NULL, true },
	{ DOC_SECTION_SHEET, 1, "培训记录", "工单系统操作", false },
	{ DOC_SECTION_COLUMN, 2, "培训主题", NULL, true },
	{ DOC_SECTION_SHEET, 1, "分析", "高危漏洞", false },
};

static void
test_xlsx_sheets_columns(void **state)
{
	struct extract_result *r = run(DIR "log.xlsx", "xlsx");
	size_t i;

	(void)state;
	expect(r, log_sheets, 16);
	for (i = 1; i < 5; i++)
		assert_string_equal(r->sections[i].sheet, "维护记录");
	assert_string_equal(r->sections[8].sheet, "巡检记录");
	/* Each sheet's table runs from its header row to the sheet's end:
	 * its cells are mentions, never the title; the sheet 分析 has no
	 * header row, so no table. */
	assert_int_equal(r->n_tables, 4);
	for (i = 0; i < r->n_tables; i++) {
		const char *t = r->text + r->tables[i].start;

		t += strspn(t, "\t\n");       /* the row's separator */
		assert_memory_equal(t, i == 3 ? "培训主题" : "日期",
		    i == 3 ? 12 : 6);
	}
	assert_non_null(strstr(r->text + r->tables[0].start, "堡垒机"));
	assert_true(r->tables[0].end <= (size_t)(strstr(r->text,
	    "巡检人") - r->text));
	extract_result_free(r);
}

/* docx with localised style ids: styles.xml (stored after document.xml)
 * says which are headings, by name ("heading 1", "标题 2"), by the style
 * a style is based on, or by its outline level; "2" named Normal Indent
 * is body text, and so is a paragraph whose own outline level is 9.  A
 * table is marked, and a heading-styled cell in it is no heading. */
static const struct want styles_docx[] = {
	{ DOC_SECTION_HEADING, 1, "第一章 问题管理程序", "根本原因", false },
	{ DOC_SECTION_HEADING, 2, "1.1 问题分类", "分为三级", false },
	{ DOC_SECTION_HEADING, 1, "第二章 事件管理程序", "分为四级", false },
	{ DOC_SECTION_HEADING, 1, "附录 发布记录", "第三章 附则", false },
};

static void
test_docx_styles_tables(void **state)
{
	struct extract_result *r = run(DIR "styles.docx", "docx");
	const char *cell;

	(void)state;
	expect(r, styles_docx, 4);
	assert_int_equal(r->n_tables, 1);
	cell = strstr(r->text, "变更管理程序");
	assert_non_null(cell);
	assert_true(r->tables[0].start <= (size_t)(strstr(r->text, "文件名称") -
	    r->text));
	assert_true((size_t)(cell - r->text) < r->tables[0].end);
	assert_true(r->tables[0].end <= (size_t)(strstr(r->text,
	    "1.1 问题分类") - r->text));
	extract_result_free(r);
}

static struct extract_result *
run_memo(const char *path, struct extract_memo *memo)
{
	struct extract_result *r = NULL;
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_int_equal(extract_fd_memo(fd, "docx", NULL, memo, &r), 0);
	close(fd);
	assert_non_null(r);
	assert_int_equal(r->status, EXTRACT_OK);
	return r;
}

/* a and b are the same extraction: text, sections, tables. */
static void
assert_same(const struct extract_result *a, const struct extract_result *b)
{
	size_t i;

	assert_int_equal(a->text_len, b->text_len);
	assert_memory_equal(a->text, b->text, a->text_len);
	assert_int_equal(a->n_sections, b->n_sections);
	for (i = 0; i < a->n_sections; i++) {
		assert_int_equal(a->sections[i].level, b->sections[i].level);
		assert_int_equal(a->sections[i].start, b->sections[i].start);
		assert_int_equal(a->sections[i].end, b->sections[i].end);
		assert_string_equal(a->sections[i].heading,
		    b->sections[i].heading);
	}
	assert_int_equal(a->n_tables, b->n_tables);
}

/* The memo changes nothing but the cost: styles.docx read again takes
 * the remembered styles.xml; styles-b.docx, whose styles.xml has the same
 * length and differs in one byte ("heading 3"), does not; manual.docx
 * (python-docx) between them neither.  Each equals a read without memo. */
static void
test_docx_memo(void **state)
{
	static const char *const order[] = { DIR "styles.docx",
	    DIR "styles.docx", DIR "styles-b.docx", DIR "manual.docx",
	    DIR "styles.docx", DIR "styles-b.docx" };
	struct extract_memo *memo;
	struct extract_result *plain, *memod, *a, *b;
	uint64_t hits, misses;
	size_t i;

	(void)state;
	a = run(DIR "styles.docx", "docx");
	b = run(DIR "styles-b.docx", "docx");
	assert_int_equal(a->n_sections, b->n_sections);
	assert_int_equal(a->sections[0].level, 1);
	assert_int_equal(b->sections[0].level, 3);
	extract_result_free(a);
	extract_result_free(b);

	assert_int_equal(extract_memo_new(&memo), 0);
	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		plain = run(order[i], "docx");
		memod = run_memo(order[i], memo);
		assert_same(plain, memod);
		extract_result_free(plain);
		extract_result_free(memod);
	}
	extract_memo_counts(memo, &hits, &misses);
	assert_int_equal(misses, 3);    /* styles, styles-b, manual */
	assert_int_equal(hits, 3);
	extract_memo_free(memo);
}

/* A notice that issues two documents carries them: each attachment (附件1
 * with its name on the next line, 附件2 with it on the same line) is a
 * top-level section over its chapters, headed by the document's name;
 * the notice's list of attachments (附件：1.…) is no heading. */
static void
test_txt_attachments(void **state)
{
	static const struct want notice_txt[] = {
		{ DOC_SECTION_HEADING, 1, "运维知识库管理办法", "知识管理员", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", "沉淀", false },
		{ DOC_SECTION_HEADING, 2, "第二章 知识的审核", "审核条目", false },
		{ DOC_SECTION_HEADING, 1, "附件2 问题管理程序", "根本原因", false },
		{ DOC_SECTION_HEADING, 2, "第一章 总则", "根本原因", false },
	};
	struct extract_result *r = run(DIR "notice.txt", "txt");

	(void)state;
	expect(r, notice_txt, 5);
	/* The first attachment ends where the second begins. */
	assert_int_equal(r->sections[0].end, r->sections[3].start);
	extract_result_free(r);
}

/* Text: a run of lines with tab-separated cells is a table; a numbered
 * line inside it is a row, not a heading. */
static void
test_txt_tables(void **state)
{
	static const struct want register_txt[] = {
		{ DOC_SECTION_HEADING, 1, "第一章 说明", "每年评审", false },
	};
	struct extract_result *r = run(DIR "register.txt", "txt");

	(void)state;
	expect(r, register_txt, 1);
	assert_int_equal(r->n_tables, 1);
	assert_int_equal(r->tables[0].start, strstr(r->text, "序号") - r->text);
	assert_true(r->tables[0].end > (size_t)(strstr(r->text, "QP-08") -
	    r->text));
	assert_true(r->tables[0].end <= (size_t)(strstr(r->text, "第一章") -
	    r->text));
	extract_result_free(r);
}

/* A 制度汇编 whose 制度 are numbered with a full-width period (1．…办法):
 * each is a chapter of its own; the TOC entries are none. */
static void
test_fullwidth_numbers(void **state)
{
	static const char text[] = "信息科技制度汇编\n目录\n"
	    "1．运维管理基本办法\n2．网络安全事件管理办法\n"
	    "1．运维管理基本办法\n第一条 本行运维服务按照策划、实施管理。\n"
	    "2．网络安全事件管理办法\n第一条 为规范网络安全事件的报告，制定本办法。\n";
	/* The contents page's entries head nothing: the documents start
	 * where their titles stand again. */
	static const struct want want[] = {
		{ DOC_SECTION_HEADING, 1, "1．运维管理基本办法", "策划", false },
		{ DOC_SECTION_HEADING, 1, "2．网络安全事件管理办法", "报告", false },
	};
	char *path = NULL;
	int fd = g_file_open_tmp("sectionsXXXXXX.txt", &path, NULL);
	struct extract_result *r;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, sizeof(text) - 1),
	    (ssize_t)(sizeof(text) - 1));
	close(fd);
	r = run(path, "txt");
	unlink(path);
	g_free(path);
	expect(r, want, 2);
	extract_result_free(r);
}

/* odt: text:h with its outline level (gen-office.py's policy.odt). */
static void
test_odt_heading(void **state)
{
	struct extract_result *r = run("tests/data/office/policy.odt", "odt");

	(void)state;
	assert_true(r->n_sections >= 1);
	assert_int_equal(r->sections[0].kind, DOC_SECTION_HEADING);
	assert_string_equal(r->sections[0].heading, "信息安全方针");
	extract_result_free(r);
}

/* Normalising keeps each section on its own text. */
static void
test_normalised_offsets(void **state)
{
	static const char raw[] = "  第一章  总则\n正文 A\n\n第二章 范围\n  B";
	size_t offs[] = { 2, 0, sizeof(raw) - 1 };
	char *out;
	size_t len;

	(void)state;
	offs[1] = (size_t)(strstr(raw, "第二章") - raw);
	assert_int_equal(textnorm_normalize_map(raw, sizeof(raw) - 1, &out,
	    &len, offs, 3), 0);
	assert_string_equal(out, "第一章总则正文 a 第二章范围 b");
	assert_int_equal(offs[0], 0);
	assert_memory_equal(out + offs[1], "第二章", strlen("第二章"));
	assert_int_equal(offs[2], len);
	free(out);
}

static const char rules[] =
"[1]\n"
"text = 问题管理\n"
"levels = 1 2\n"
"[1/procedure]\n"
"label = 问题管理程序\n"
"name = 问题管理程序\n"
"title = 问题管理程序\n"
"content_all = 根本原因\n"
"[2]\n"
"text = 变更管理\n"
"levels = 1 2\n"
"[2/procedure]\n"
"label = 变更管理程序\n"
"title = 变更管理程序\n"
"content_all = 回退计划\n"
"[5]\n"
"text = 变更记录\n"
"levels = 1 2\n"
"[5/spread]\n"
"label = 变更管理程序（内容分散）\n"
"title = 变更管理程序\n"
"content_all = 根本原因\n"
"[3]\n"
"text = 防病毒\n"
"levels = 1 2\n"
"[3/scan]\n"
"label = 病毒查杀记录\n"
"title = 病毒查杀\n"
"[4]\n"
"text = 补丁\n"
"levels = 1 2\n"
"[4/patch]\n"
"label = 补丁更新记录\n"
"title = 补丁更新\n"
"[6]\n"
"text = 查杀\n"
"levels = 1 2\n"
"[6/records]\n"
"label = 病毒查杀记录\n"
"title = ^病毒查杀记录$\n"
"[7]\n"
"text = 查杀计划\n"
"levels = 1 2\n"
"[7/plan]\n"
"label = 查杀范围计划\n"
"kinds = plan\n"
"title = ^范围$\n"
"[8]\n"
"text = 手册\n"
"levels = 1 2\n"
"[9]\n"
"text = 漏洞分析\n"
"levels = 1 2\n"
"[9/analysis]\n"
"label = 漏洞扫描情况分析\n"
"title = 漏洞扫描情况分析\n"
"[8/issued]\n"
"label = 随手册发布的问题管理程序\n"
"title = 问题管理程序\n"
"content_all = 运维服务管理手册\n"
"\t根本原因\n"
"[10]\n"
"text = 管理评审\n"
"levels = 1 2\n"
"[10/review]\n"
"label = 管理评审记录\n"
"kinds = record\n"
"title = 管理评审记录\n"
"content_all = 客户反馈\n"
"[11]\n"
"text = 满意度趋势\n"
"levels = 1 2\n"
"[11/trend]\n"
"label = 满意度趋势分析记录\n"
"kinds = record\n"
"title = 满意度分析记录\n"
"[12]\n"
"text = 设备记录\n"
"levels = 1 2\n"
"[12/log]\n"
"label = 设备记录\n"
"kinds = record\n"
"title = ^设备记录$\n"
"chapters = yes\n"
"[13]\n"
"text = 设备记录\n"
"levels = 1 2\n"
"[13/log]\n"
"label = 设备记录\n"
"kinds = record\n"
"title = ^设备记录$\n";

static struct file_facts *
inspect(const char *path)
{
	struct inspector *in = inspector_new(NULL);
	struct file_facts *f = NULL;
	struct stat st;
	int fd = open(path, O_RDONLY);

	assert_non_null(in);
	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(inspector_run(in, fd, &st, "combined.bin", 0, &f),
	    0);
	close(fd);
	inspector_free(in);
	return f;
}

static const struct file_match *
find(const struct file_match *m, size_t n, const char *clause)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(m[i].clause_id, clause) == 0)
			return &m[i];
	return NULL;
}

/* The match for clause in m[0..n): present, counting or not, and from
 * that section (NULL: the file as a whole). */
static const struct file_match *
expect_match(const struct file_match *m, size_t n, const char *clause,
    bool counts, const char *section)
{
	const struct file_match *hit = find(m, n, clause);

	if (hit == NULL)
		fail_msg("no match for clause %s", clause);
	assert_int_equal(hit->counts, counts);
	if (section == NULL)
		assert_null(hit->section);
	else
		assert_string_equal(hit->section, section);
	return hit;
}

static void
test_classify_sections(void **state)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = NULL;
	struct file_facts *f;
	struct file_match *m = NULL;
	const struct file_match *hit;
	size_t n = 0;

	(void)state;
	assert_int_equal(rules_compiler_add_string(rc, "t.rules", rules,
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	rules_compiler_free(rc);

	/* A manual: chapter 3 proves the problem procedure on its own
	 * text; chapter 4 is identified but lacks the content, and says
	 * so.  Content found only in another chapter still lets the
	 * manual as a whole count (item 5). */
	f = inspect(DIR "manual.docx");
	assert_int_equal(classify_facts(rs, mt, f, 0, &m, &n), 0);
	expect_match(m, n, "1", true, "§2 第三章 问题管理程序");
	hit = expect_match(m, n, "2", false, "§4 第四章 变更管理程序");
	assert_non_null(strstr(hit->reason, "回退计划"));
	expect_match(m, n, "5", true, NULL);
	/* A chapter inherits its manual's front matter (the cover before
	 * the first heading): the chapter itself proves the item. */
	expect_match(m, n, "8", true, "§2 第三章 问题管理程序");
	file_matches_free(m, n);
	file_facts_free(f);

	/* A log: the column with data rows is a record, the one without
	 * is only a header. */
	f = inspect(DIR "log.xlsx");
	assert_int_equal(classify_facts(rs, mt, f, 0, &m, &n), 0);
	expect_match(m, n, "3", true, "sheet 维护记录, column 病毒查杀");
	/* A sheet with rows is the record its name says. */
	expect_match(m, n, "6", true, "sheet 病毒查杀");
	/* A sheet of notes is titled by its first line too. */
	expect_match(m, n, "9", true, "sheet 分析");
	/* (The header cell near the top may still read as the file's
	 * title: that is the title heuristic's business, not a section.) */
	hit = find(m, n, "4");
	assert_true(hit == NULL || hit->section == NULL);
	/* A column is a field of records: its header 范围 (in a sheet whose
	 * first characters say no kind) makes it no plan. */
	hit = expect_match(m, n, "7", false, "sheet 病毒查杀, column 范围");
	assert_non_null(strstr(hit->reason, "a record"));
	/* A record's column with rows is the record of what it names, as
	 * a record's chapter is: for the items that say chapters = yes. */
	expect_match(m, n, "12", true, "sheet 维护记录, column 设备");
	assert_null(find(m, n, "13"));
	file_matches_free(m, n);
	file_facts_free(f);

	/* Minutes: an agenda item is the record of its topic (the review
	 * held in a general manager's meeting), on its own text; the
	 * 工会 item is no review.  A survey's 二、满意度分析 stays a topic
	 * of the survey, no analysis record of its own. */
	f = inspect(DIR "minutes.txt");
	assert_int_equal(classify_facts(rs, mt, f, 0, &m, &n), 0);
	expect_match(m, n, "10", true, "§1 一、2026年度管理评审");
	file_matches_free(m, n);
	file_facts_free(f);
	f = inspect(DIR "survey.txt");
	assert_int_equal(classify_facts(rs, mt, f, 0, &m, &n), 0);
	assert_null(find(m, n, "11"));
	file_matches_free(m, n);
	file_facts_free(f);

	rule_matcher_free(mt);
	ruleset_free(rs);
}

static const char table_rules[] =
"[1]\n"
"text = 问题管理\n"
"levels = 1 2\n"
"[1/procedure]\n"
"label = 问题管理程序\n"
"title = 问题管理程序\n"
"[2]\n"
"text = 受控文件\n"
"levels = 1 2\n"
"[2/register]\n"
"label = 受控文件清单\n"
"kinds = inventory\n"
"title = 受控文件清单\n";

/* A register's cells name documents: its title identifies it, a cell
 * never identifies it as the document the cell names, and the tables
 * survive normalisation and the facts' wire format. */
static void
test_classify_tables(void **state)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct rule_matcher *mt = rule_matcher_new();
	struct ruleset *rs = NULL;
	struct file_facts *f, *g = NULL;
	struct file_match *m = NULL;
	uint8_t *buf = NULL;
	size_t n = 0, len = 0;

	(void)state;
	assert_int_equal(rules_compiler_add_string(rc, "t.rules", table_rules,
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	rules_compiler_free(rc);

	f = inspect(DIR "register.txt");
	assert_int_equal(f->n_tables, 1);
	assert_memory_equal(f->text + f->tables[0].start, "序号",
	    strlen("序号"));
	assert_int_equal(facts_encode(f, FACTS_ENCODE_TEXT, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	free(buf);
	assert_int_equal(g->n_tables, 1);
	assert_int_equal(g->tables[0].end, f->tables[0].end);
	assert_int_equal(classify_facts(rs, mt, g, 0, &m, &n), 0);
	expect_match(m, n, "2", true, NULL);
	assert_null(find(m, n, "1"));
	file_matches_free(m, n);
	file_facts_free(g);
	file_facts_free(f);

	/* The docx: the chapter identifies the procedure, the table's cell
	 * 变更管理程序 nothing. */
	f = inspect(DIR "styles.docx");
	assert_int_equal(f->n_tables, 1);
	assert_int_equal(classify_facts(rs, mt, f, 0, &m, &n), 0);
	expect_match(m, n, "1", true, "§1 第一章 问题管理程序");
	file_matches_free(m, n);
	file_facts_free(f);

	rule_matcher_free(mt);
	ruleset_free(rs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_docx_headings),
		cmocka_unit_test(test_txt_numbered),
		cmocka_unit_test(test_pdf_numbered),
		cmocka_unit_test(test_txt_bilingual),
		cmocka_unit_test(test_txt_agenda),
		cmocka_unit_test(test_txt_run_in),
		cmocka_unit_test(test_txt_parts),
		cmocka_unit_test(test_pdf_outline),
		cmocka_unit_test(test_xlsx_sheets_columns),
		cmocka_unit_test(test_odt_heading),
		cmocka_unit_test(test_normalised_offsets),
		cmocka_unit_test(test_classify_sections),
		cmocka_unit_test(test_docx_styles_tables),
		cmocka_unit_test(test_docx_memo),
		cmocka_unit_test(test_txt_tables),
		cmocka_unit_test(test_fullwidth_numbers),
		cmocka_unit_test(test_txt_attachments),
		cmocka_unit_test(test_classify_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
