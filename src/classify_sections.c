/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * classify_sections.c - judging a document's sections: which headings,
 * sheets, columns and typed rows of a file are judged like a file of
 * their own (a manual's chapter 第四章 事件管理程序, a log's sheet 病毒
 * 查杀 with dated rows), under which title, with which text; and which
 * labels of a workbook say nothing because no row is under them (a
 * header-only sheet, an empty column), so that its content checks do
 * not read them.
 *
 * Part of the classifier: classify.c tries every item on the passes
 * built here (classify_int.h is their contract).  Pure: no I/O.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/textnorm.h"

#include "classify_int.h"

/*
 * Does a heading name a document of its own (第四章 事件管理程序, 5 恢复
 * 策略) rather than a topic of the one it is in (二、满意度分析, 三、执行
 * 组)?  Only such a chapter is a document embedded in another: a
 * survey's analysis section is no trend analysis report.  The words are
 * the document kinds of doc/rules.md.
 */
static bool
names_a_document(const char *heading)
{
	static const char *const kinds[] = { "程序", "制度", "办法", "规范",
	    "规定", "手册", "指导书", "细则", "流程", "计划", "方案", "预案",
	    "策略", "记录", "报告", "纪要", "签到表", "日志", "统计表", "周报",
	    "月报", "工单", "清单", "目录", "台账", "协议", "合同", "登记表",
	    "一览表", "汇总表", "体系总则", "规程", "指引", "登记簿",
	    "设计", "管理标准", "工作标准", "技术标准" };
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strstr(heading, kinds[i]) != NULL)
			return true;
	return false;
}

/*
 * names_a_document(), or a promise: an agreement between the teams of
 * one organisation (二、中心内部运营级别约定 of a service-level design is
 * its OLA).  In minutes, the agenda item 二、健康检查约定 is then what the
 * two sides agreed (when they say so), not the record of a health check.
 */
static bool
names_a_document_or_promise(const char *heading)
{
	return names_a_document(heading) || strstr(heading, "约定") != NULL;
}

/*
 * Minutes (会议纪要) record what each agenda item decided: a topic
 * heading there (一、2026年度管理评审) is the record of that topic, the
 * way a sheet with dated rows is.  Only minutes: in a survey or a
 * report, 二、满意度分析 is a topic of that document, not one of its own.
 */
#define MINUTES_HEAD_CHARS 40

static bool
is_minutes(const struct classify_input *in)
{
	const char *b;
	size_t len;

	classify_base_name(in->path, &b, &len);
	if (g_strstr_len(b, (gssize)len, "纪要") != NULL ||
	    (in->title != NULL && strstr(in->title, "纪要") != NULL))
		return true;
	/* A generic name (附件2.docx): the first line says it. */
	return in->text != NULL && g_strstr_len(in->text, (gssize)
	    dockind_utf8_chars_len(in->text, in->text_len, MINUTES_HEAD_CHARS),
	    "纪要") != NULL;
}

/* Does sheet i have a column with data rows under its header? */
bool
csec_sheet_has_rows(const struct doc_section *v, size_t n, size_t i)
{
	size_t j;

	for (j = i + 1; j < n && v[j].kind == DOC_SECTION_COLUMN; j++)
		if (v[j].has_data_rows)
			return true;
	return false;
}

/*
 * The first cell of [from, to) of text that is exactly cell (a run of
 * the text between spaces or its ends), or NULL.
 */
static const char *
find_cell(const char *text, size_t text_len, size_t from, size_t to,
    const char *cell, size_t cell_len)
{
	const char *p = text + from, *end = text + to;

	while (cell_len > 0 && p < end &&
	    (p = memmem(p, (size_t)(end - p), cell, cell_len)) != NULL) {
		if ((p == text || p[-1] == ' ') &&
		    (p + cell_len == text + text_len || p[cell_len] == ' '))
			return p;
		p++;
	}
	return NULL;
}

/* Is sheet i of v[0..n) only its header row: columns found, no row
 * under any of them? */
static bool
sheet_is_header_only(const struct doc_section *v, size_t n, size_t i)
{
	return v[i].kind == DOC_SECTION_SHEET && i + 1 < n &&
	    v[i + 1].kind == DOC_SECTION_COLUMN &&
	    !csec_sheet_has_rows(v, n, i);
}

/*
 * Is the file a workbook whose every sheet is only a header row (a blank
 * form, FM-CIM-021 服务器周PM点检表 filed under FM表单/)?  It records
 * nothing, whatever its name says.  A sheet whose header row was not
 * found (a report laid out in cells) may hold anything: not blank.
 */
bool
csec_workbook_is_blank(const struct classify_input *in)
{
	const struct doc_section *v = in->sections;
	size_t i, sheets = 0;

	if (in->typeclass != EV_TYPE_SPREADSHEET)
		return false;
	for (i = 0; i < in->n_sections; i++) {
		if (v[i].kind != DOC_SECTION_SHEET)
			continue;
		sheets++;
		if (!sheet_is_header_only(v, in->n_sections, i))
			return false;
	}
	return sheets > 0;
}

/* *out: a copy of the text to blank, made on first use.  0 or -ENOMEM. */
static int
blank_range(const struct classify_input *in, char **out, size_t start,
    size_t len)
{
	if (*out == NULL && (*out = g_strndup(in->text, in->text_len)) ==
	    NULL)
		return -ENOMEM;
	memset(*out + start, ' ', len);
	return 0;
}

/*
 * A workbook's text with its labels blanked out (same offsets), for the
 * checks on the whole file: the sheets that are only a header, with
 * their names in the list of sheet names the text opens with, and the
 * header cell of a column with no row under it.  A CMDB export whose
 * sheet 关系 is only its header keeps no relations, though its text
 * opens with the sheet's name.  A 持续改进项目清单 whose
 * 改进项评估 sheet has the columns 评分 / 优先级 / 批准人 and no row under
 * them has not assessed, ranked or approved anything; nor has a 改进机会
 * 台账 whose column 优先级 is empty beside filled ones ranked anything.
 * *out is NULL when nothing is blanked (caller frees).  0 or -ENOMEM.
 */
/* Blank the cell that is label (a section's heading, normalised as the
 * text is) within [from, to) of the text, if there is one.  0 or
 * -ENOMEM. */
static int
blank_cell(const struct classify_input *in, char **out, size_t from,
    size_t to, const char *label)
{
	const char *cell;
	char *h = NULL;
	size_t hlen = strlen(label);
	int rc;

	/* Most labels are normal already: no copy for them. */
	if (!textnorm_is_normal(label, hlen) &&
	    (rc = textnorm_normalize(label, hlen, &h, &hlen)) < 0)
		return rc;
	cell = find_cell(in->text, in->text_len, from, to,
	    h != NULL ? h : label, hlen);
	free(h);
	return cell != NULL ? blank_range(in, out,
	    (size_t)(cell - in->text), hlen) : 0;
}

int
csec_blank_labels(const struct classify_input *in, char **out)
{
	const struct doc_section *v = in->sections, *sheet = NULL;
	size_t i, names_end = 0;
	int rc;

	*out = NULL;
	if (in->typeclass != EV_TYPE_SPREADSHEET || in->text == NULL)
		return 0;
	/* The sheet names come before the first sheet's text. */
	for (i = 0; i < in->n_sections; i++)
		if (v[i].kind == DOC_SECTION_SHEET) {
			names_end = v[i].start <= in->text_len ? v[i].start : 0;
			break;
		}
	for (i = 0; i < in->n_sections; i++) {
		if (v[i].kind == DOC_SECTION_SHEET)
			sheet = v[i].start < v[i].end &&
			    v[i].end <= in->text_len ? &v[i] : NULL;
		if (sheet == NULL)
			continue;
		if (v[i].kind == DOC_SECTION_SHEET) {
			if (!sheet_is_header_only(v, in->n_sections, i))
				continue;
			if ((rc = blank_range(in, out, v[i].start,
			    v[i].end - v[i].start)) < 0)
				return rc;
			if (v[i].heading != NULL && (rc = blank_cell(in, out, 0,
			    names_end, v[i].heading)) < 0)
				return rc;
			sheet = NULL;   /* its columns are blank already */
			continue;
		}
		if (v[i].kind != DOC_SECTION_COLUMN || v[i].has_data_rows ||
		    v[i].heading == NULL)
			continue;
		if ((rc = blank_cell(in, out, sheet->start, sheet->end,
		    v[i].heading)) < 0)
			return rc;
	}
	return 0;
}

/*
 * Did the parties of a meeting agree (双方一致同意, 达成一致)?  Then its
 * minutes are the written agreement of what each agenda item settled, as
 * well as its record: the 对接会 that agreed how and how often the health
 * checks are done is that agreement (clause 15).
 */
static bool
minutes_agreed(const struct classify_input *in)
{
	static const char *const words[] = {
		"一致同意", "达成一致", "双方确认", "双方协商", "一致意见",
		"双方商定",
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (g_strstr_len(in->text, (gssize)in->text_len, words[i]) !=
		    NULL)
			return true;
	return false;
}

/*
 * The kind of the document heading i is a chapter of: the nearest
 * enclosing heading that names a kind, or else the file's.  A 制度汇编
 * holds several 办法; 第五章 应急响应 belongs to the one above it.
 */
static unsigned
chapter_of(const struct classify_input *in, size_t i, unsigned file_kind)
{
	const struct doc_section *v = in->sections;
	unsigned level = v[i].level, k;
	size_t j;

	for (j = i; j-- > 0;) {
		if (v[j].kind != DOC_SECTION_HEADING || v[j].level >= level)
			continue;
		level = v[j].level;
		k = dockind_kind_of_words(v[j].heading, strlen(v[j].heading));
		if (k != 0)
			return k;
	}
	return file_kind;
}

/*
 * Bytes of a heading without the English translation that follows its
 * Chinese words (1 目的 Purpose, 6 应急响应 Emergency response): the
 * whole heading when it has no Chinese, or nothing after its last CJK
 * character.
 */
static size_t
bilingual_core_len(const char *h)
{
	const char *p, *end = NULL;
	gunichar c;

	for (p = h; *p != '\0'; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2)
			return strlen(h);
		if (g_unichar_iswide(c) && g_unichar_isalpha(c))
			end = g_utf8_next_char(p);
	}
	return end != NULL ? (size_t)(end - h) : strlen(h);
}

/*
 * What a chapter that names no document of its own is of the document it
 * is in: a procedure's chapter is the process it names (第五章 应急响应 of
 * an incident 办法 is its 应急响应流程), a record's chapter the record of
 * the activity it names (二、病毒查杀 of an inspection report), for the
 * items that say so (`chapters = yes`): tried for every item, every
 * report's 事件情况 and 变更情况 became event and change records (one
 * clause falsely covered, false attributions 0.9% -> 3.6% on the corpus).
 * Minutes' agenda items have their own rule.
 */
#define CHAPTER_PROCESS "流程"
#define CHAPTER_RECORD "记录"

static const char *
chapter_suffix(const struct classify_input *in, size_t i, unsigned file_kind,
    bool minutes)
{
	const struct doc_section *sec = &in->sections[i];

	if (sec->kind != DOC_SECTION_HEADING ||
	    names_a_document_or_promise(sec->heading))
		return NULL;
	switch (chapter_of(in, i, file_kind)) {
	case EV_KIND_PROCEDURE:
		return CHAPTER_PROCESS;
	case EV_KIND_RECORD:
		return minutes ? NULL : CHAPTER_RECORD;
	default:
		return NULL;
	}
}

/*
 * The normalised title section i is identified by: its heading; a sheet
 * with data rows under its header is a record of what it names (a sheet
 * 病毒查杀 with dated rows is the 病毒查杀记录), so "记录" is added (to a
 * sheet that is only a header too: it proves nothing, but it says where
 * its workbook keeps that record, place_is_empty)
 * unless the name says its kind already, or the workbook says it is some
 * other kind of document: the sheet 可用性指标 of a 可用性指标清单 is part
 * of that list, not a record of availability.  Not for columns: a column
 * of a KPI list or an event statistic names a measure, not a record
 * (tried on the corpus: ten false attributions for one clause more).
 * A sheet without a table under a header row (a sheet of notes: 分析) is
 * titled by its name and its first line, as a workbook is by its sheet
 * name and title row.  An agenda item of minutes is the record of its
 * topic too (is_minutes).  0 or -ENOMEM.
 */
static int
section_title(const struct classify_input *in, size_t i, unsigned file_kind,
    bool minutes, char **out, size_t *len, size_t *suffix_len)
{
	const struct doc_section *v = in->sections, *sec = &v[i];
	size_t n = in->n_sections;
	const char *suffix;
	char *t;
	int rc;

	*suffix_len = 0;
	if (sec->kind == DOC_SECTION_SHEET && (i + 1 >= n ||
	    v[i + 1].kind != DOC_SECTION_COLUMN) && in->text != NULL &&
	    sec->end <= in->text_len) {
		if ((rc = textnorm_normalize(sec->heading, strlen(sec->heading),
		    &t, len)) < 0)
			return rc;
		*out = g_strdup_printf("%s %.*s", t,
		    (int)dockind_sheet_title_len(in->text + sec->start,
		    sec->end - sec->start), in->text + sec->start);
		free(t);
		*len = strlen(*out);
		return 0;
	}
	if (sec->kind == DOC_SECTION_HEADING && file_kind == EV_KIND_RECORD &&
	    !names_a_document_or_promise(sec->heading) && minutes &&
	    dockind_kind_of_words(sec->heading, strlen(sec->heading)) == 0)
		; /* an agenda item of minutes: its record, unless it says
		     what it is (二、关于健康检查的安排 is a plan) */
	else if ((suffix = chapter_suffix(in, i, file_kind, minutes)) !=
	    NULL) {
		/* After the Chinese words of a bilingual heading: 6 应急响应
		 * Emergency response is the 应急响应流程. */
		if ((t = g_strdup_printf("%.*s%s", (int)bilingual_core_len(
		    sec->heading), sec->heading, suffix)) == NULL)
			return -ENOMEM;
		rc = textnorm_normalize(t, strlen(t), out, len);
		g_free(t);
		if (rc == 0 && *len >= strlen(suffix) &&
		    strcmp(*out + *len - strlen(suffix), suffix) == 0)
			*suffix_len = strlen(suffix);
		return rc;
	} else if (sec->kind != DOC_SECTION_SHEET ||
	    (file_kind != 0 && file_kind != EV_KIND_RECORD) ||
	    names_a_document(sec->heading))
		return textnorm_normalize(sec->heading, strlen(sec->heading),
		    out, len);
	if ((t = g_strconcat(sec->heading, "记录", NULL)) == NULL)
		return -ENOMEM;
	rc = textnorm_normalize(t, strlen(t), out, len);
	g_free(t);
	return rc;
}

/*
 * A chapter identifies an item only as what chapter_suffix() makes it:
 * 第五章 应急响应 is the 应急响应流程, but 第二章 职责分工, which a role
 * list's title matches without the 流程, is a topic of the 办法, not a
 * 角色清单 of its own.
 */
bool
csec_chapter_names_other(struct rule_matcher *mt, const struct rule_item *it,
    const struct section_pass *p)
{
	size_t bare;

	if (p->suffix_len == 0)
		return false;
	bare = strlen(p->title) - p->suffix_len;
	/* A record's chapter is that record for the items that say so,
	 * whatever names it (四、事件分析 is the 事件分析). */
	if (strcmp(p->title + bare, CHAPTER_RECORD) == 0)
		return !it->chapters;
	/* For an item that takes only a procedure or plan, a procedure's
	 * chapter is part of one: 第二章 定级标准 of an 等级保护工作实施办法
	 * is its grading standard.  Not for an item that takes a list as
	 * well: a 职责分工 chapter, which every 办法 has, is no 角色清单
	 * (tried: four false coverages of 18 and 23 on the dev sample). */
	if (it->kinds != 0 &&
	    (it->kinds & ~(unsigned)(EV_KIND_PROCEDURE | EV_KIND_PLAN)) == 0)
		return false;
	return classify_first_hit(mt, &it->title, p->title, bare) != NULL;
}

/*
 * A sheet's text for its content checks: its name, then its values.  The
 * name says what the values are (硬件故障透视 over 月份 电源 风扇), as the
 * names at the head of a workbook's text did for the whole file.
 */
static int
sheet_text(const char *sheet, struct section_pass *p)
{
	char *name;
	size_t len;
	int rc;

	if ((rc = textnorm_normalize(sheet, strlen(sheet), &name, &len)) < 0)
		return rc;
	if ((p->text = malloc(len + 1 + p->in.text_len + 1)) == NULL) {
		free(name);
		return -ENOMEM;
	}
	memcpy(p->text, name, len);
	p->text[len] = ' ';
	memcpy(p->text + len + 1, p->in.text, p->in.text_len);
	p->in.text_len += len + 1;
	p->text[p->in.text_len] = '\0';
	p->in.text = p->text;
	free(name);
	return 0;
}

/* Bytes of a document's front matter that its chapters inherit. */
#define FRONT_MATTER_MAX 4096

/*
 * The text content checks see for a heading's section: the document's
 * front matter (its cover and approval block, before the first heading,
 * at most FRONT_MATTER_MAX bytes), then the section's own text.  A
 * manual's chapter is approved, versioned and issued with the manual:
 * "已审批并发布" is on the cover, not in chapter 3.  Content that only
 * another chapter holds still does not count for this one.  0 or -ENOMEM.
 */
static int
section_text(const struct classify_input *in, const struct doc_section *sec,
    struct section_pass *p)
{
	size_t front = in->n_sections > 0 ? in->sections[0].start : 0;

	p->in.text = in->text + sec->start;
	p->in.text_len = sec->end - sec->start;
	if (sec->kind == DOC_SECTION_SHEET)
		return sheet_text(sec->heading, p);
	/* A column's values under its sheet's name, as the sheet's are (the
	 * sheet 评估排序 says its column 改进机会 is ranked). */
	if (sec->kind == DOC_SECTION_COLUMN && sec->sheet != NULL)
		return sheet_text(sec->sheet, p);
	if (front > FRONT_MATTER_MAX)
		front = dockind_utf8_head_len(in->text, front,
		    FRONT_MATTER_MAX);
	if (sec->kind != DOC_SECTION_HEADING || front == 0 ||
	    sec->start < front)
		return 0;
	if ((p->text = malloc(front + 1 + p->in.text_len + 1)) == NULL)
		return -ENOMEM;
	memcpy(p->text, in->text, front);
	p->text[front] = ' ';
	memcpy(p->text + front + 1, p->in.text, p->in.text_len);
	p->in.text_len += front + 1;
	p->text[p->in.text_len] = '\0';
	p->in.text = p->text;
	return 0;
}

/* Pass p judges section sec like a file: its title is p->title, its
 * text the section's (section_text()); no sections or tables of its own.
 * 0 or -ENOMEM. */
static int
pass_input(struct section_pass *p, const struct classify_input *in,
    const struct doc_section *sec)
{
	p->in = *in;
	p->in.title = p->title;
	p->in.doc_title = in->title;
	p->in.sections = NULL;
	p->in.n_sections = 0;
	p->in.tables = NULL;    /* offsets of the whole text */
	p->in.n_tables = 0;
	if (in->text == NULL || sec->end > in->text_len)
		return 0;
	return section_text(in, sec, p);
}

void
csec_section_passes_free(struct section_pass *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].title);
		free(v[i].label);
		free(v[i].text);
	}
	free(v);
}

/*
 * Does a column's header name an identifier (整改单号, 变更单号, 工号,
 * Ticket ID)?  Its values refer to other documents: a KPI sheet's column
 * 整改单号 is no 整改单 of its own.
 */
static bool
column_is_reference(const char *h)
{
	static const char *const ends[] = { "号", "id", "no", "no.", "#",
	    "number" };
	size_t len = strlen(h), i, k;

	while (len > 0 && g_ascii_isspace(h[len - 1]))
		len--;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		k = strlen(ends[i]);
		if (len >= k && g_ascii_strncasecmp(h + len - k, ends[i], k) ==
		    0 && (k > 2 || (unsigned char)ends[i][0] >= 0x80 ||
		    len == k || !g_ascii_isalpha(h[len - k - 1])))
			return true;
	}
	return false;
}

/*
 * Does the column sec hold the numbers of a form kept elsewhere, in a
 * sheet that is a record of its own?  The column 变更单 of a sheet 升级记录 (bg-2026-103,
 * 标准变更) says which change allowed each upgrade: the upgrade log is no
 * change record.  A sheet that names no document (监测) keeps its 整改单
 * as its own entries.
 */
static bool
column_names_other_form(const struct doc_section *sec)
{
	size_t len = strlen(sec->heading);

	while (len > 0 && g_ascii_isspace(sec->heading[len - 1]))
		len--;
	return sec->sheet != NULL && names_a_document(sec->sheet) &&
	    len > strlen("单") && memcmp(sec->heading + len - strlen("单"),
	    "单", strlen("单")) == 0;
}

/* Room for pass v[k]: grow *v (zeroed, as calloc'd) when full.  0 or
 * -ENOMEM (*v unchanged). */
static int
passes_reserve(struct section_pass **v, size_t *cap, size_t k)
{
	struct section_pass *tmp;
	size_t ncap = *cap * 2 + 4;

	if (k < *cap)
		return 0;
	if ((tmp = realloc(*v, ncap * sizeof(*tmp))) == NULL)
		return -ENOMEM;
	memset(tmp + *cap, 0, (ncap - *cap) * sizeof(*tmp));
	*v = tmp;
	*cap = ncap;
	return 0;
}

/* Distinct cell values of a log's sheet tried as row types, at most. */
#define ROW_TYPES_MAX 256
/* A row type is a short label: 2..ROW_TYPE_CHARS Han characters
 * (病毒查杀, 版本升级): longer cells are descriptions; tried on the
 * corpus, eight let descriptions type rows (nine false coverages). */
#define ROW_TYPE_CHARS 6

/* Does the label t[0..len) name a unit of an organisation (运行维护科,
 * 运维部, 网络组, 信息中心)?  A sign-in sheet's 科室 column is no type of
 * work: 运行维护科 there records no maintenance. */
static bool
org_unit_shaped(const char *t, size_t len)
{
	static const char *const tails[] = {
		"科", "部", "室", "处", "组", "班", "队", "中心",
	};
	size_t i, n;

	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		n = strlen(tails[i]);
		if (len > n && memcmp(t + len - n, tails[i], n) == 0)
			return true;
	}
	return false;
}

/* Is the token t[0..len) a short all-Han label (病毒查杀, 版本升级), and
 * not the name of a unit of an organisation? */
static bool
row_type_shaped(const char *t, size_t len)
{
	const char *p = t, *end = t + len;
	unsigned n = 0;

	for (; p < end; p = g_utf8_next_char(p)) {
		if (g_unichar_get_script(g_utf8_get_char(p)) !=
		    G_UNICODE_SCRIPT_HAN || ++n > ROW_TYPE_CHARS)
			return false;
	}
	return n >= 2 && !org_unit_shaped(t, len);
}

/*
 * Is the 及 at and, in the cell [p, q), part of a word (及时, 以及) rather
 * than a join of two types (病毒库更新及查杀)?  A description (发现病毒及
 * 时上报查杀) would otherwise split into a "type" 时上报查杀.
 */
static bool
joins_no_types(const char *p, const char *and, const char *q)
{
	const char *after = and + strlen("及");

	return (q - after >= (ptrdiff_t)strlen("时") &&
	    memcmp(after, "时", strlen("时")) == 0) ||
	    (and - p >= (ptrdiff_t)strlen("以") &&
	    memcmp(and - strlen("以"), "以", strlen("以")) == 0);
}

/* Does some item take the cell value t as the type of its record's rows
 * (`rows`)? */
static bool
row_type_wanted(const struct ruleset *rs, struct rule_matcher *mt,
    const char *t, size_t len)
{
	size_t c, i;

	for (c = 0; c < rs->n_clauses; c++)
		for (i = 0; i < rs->clauses[c].n_items; i++)
			if (classify_first_hit(mt,
			    &rs->clauses[c].items[i].rows, t, len) != NULL)
				return true;
	return false;
}

/* Does sheet i have a column that types its rows (作业类型, 类别, Type)? */
static bool
sheet_has_type_column(const struct classify_input *in, size_t i)
{
	size_t j;

	for (j = i + 1; j < in->n_sections &&
	    in->sections[j].kind == DOC_SECTION_COLUMN; j++) {
		const char *h = in->sections[j].heading;

		if (h != NULL && (strstr(h, "类型") != NULL ||
		    strstr(h, "类别") != NULL || strcasestr(h, "type") != NULL))
			return true;
	}
	return false;
}

/*
 * A log's rows by type: a workbook whose sheet logs several kinds of work
 * in a type column (作业类型: 例行维护, 病毒查杀, 版本升级, 故障处理) is the
 * record of each, for the items whose `rows` take that type.  Each
 * distinct short cell value of the sheet (not a column's header) that some
 * item's `rows` match becomes a pass over the sheet's text titled
 * "<value>记录", appended to *v (grown as needed); only those items are
 * judged on it, and their title must still take that title.  0 or -ENOMEM.
 */
static int
row_type_passes(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, size_t i, struct section_pass **v,
    size_t *k, size_t *cap)
{
	const struct doc_section *sec = &in->sections[i];
	const char *p, *end, *q, *next, *and;
	GHashTable *seen;
	struct section_pass *sp;
	size_t j, tried = 0;
	char *title;
	int rc = 0;

	if (in->text == NULL || sec->end > in->text_len)
		return 0;
	if ((seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL)) == NULL)
		return -ENOMEM;
	p = in->text + sec->start;
	end = in->text + sec->end;
	for (; p < end && tried < ROW_TYPES_MAX; p = next) {
		/* A cell, or one of the types a cell joins with a slash
		 * (病毒库更新/查杀), or with 及 when the cell is too long to
		 * be one type (病毒库更新及查杀). */
		for (q = p; q < end && *q != ' ' && *q != '/'; q++)
			;
		next = q + (q < end);
		if (!row_type_shaped(p, (size_t)(q - p)) && (and = memmem(p,
		    (size_t)(q - p), "及", strlen("及"))) != NULL &&
		    !joins_no_types(p, and, q) &&
		    row_type_shaped(p, (size_t)(and - p)) &&
		    row_type_shaped(and + strlen("及"), (size_t)(q - and) -
		    strlen("及"))) {
			next = and + strlen("及");
			q = and;
		}
		if (!row_type_shaped(p, (size_t)(q - p)))
			continue;
		title = g_strndup(p, (size_t)(q - p));
		/* The sheet's own name (维护记录) types no row. */
		if (strcmp(title, sec->heading) == 0) {
			g_free(title);
			continue;
		}
		for (j = i + 1; j < in->n_sections &&
		    in->sections[j].kind == DOC_SECTION_COLUMN; j++)
			if (strcmp(in->sections[j].heading, title) == 0)
				break;
		if ((j < in->n_sections && in->sections[j].kind ==
		    DOC_SECTION_COLUMN) || g_hash_table_contains(seen, title)) {
			g_free(title);
			continue;
		}
		g_hash_table_add(seen, title);
		tried++;
		if (!row_type_wanted(rs, mt, title, strlen(title)))
			continue;
		if ((rc = passes_reserve(v, cap, *k)) < 0)
			break;
		title = g_strconcat(title, CHAPTER_RECORD, NULL);
		sp = &(*v)[*k];
		sp->title = strdup(title);
		sp->label = g_strdup_printf("sheet %s, rows %.*s", sec->heading,
		    (int)(strlen(title) - strlen(CHAPTER_RECORD)), title);
		g_free(title);
		if (sp->title == NULL || sp->label == NULL) {
			rc = -ENOMEM;
			break;
		}
		sp->suffix_len = strlen(CHAPTER_RECORD);
		sp->row = true;
		sp->kind = DOC_SECTION_COLUMN;  /* a field of rows */
		if ((rc = pass_input(sp, in, sec)) < 0)
			break;
		(*k)++;
	}
	g_hash_table_destroy(seen);
	return rc;
}

/*
 * A record's column with rows under it is also the record of the
 * activity its header names (the column 终端查杀 of a daily checklist is
 * its 终端查杀记录), as a record's chapter is: only for the items that
 * say so (`chapters = yes`, csec_chapter_names_other()).  For every item, a
 * column of a KPI list or an event statistic would name a measure, not a
 * record (tried on the corpus: ten false attributions for one clause
 * more), so the column's own pass keeps its bare header and this is a
 * second pass.  0 (maybe no pass) or -ENOMEM.
 */
static int
column_record_pass(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, size_t i, unsigned file_kind,
    struct section_pass **v, size_t *k, size_t *cap)
{
	const struct doc_section *sec = &in->sections[i];
	struct section_pass *p;
	char *t;
	size_t len;
	int rc;

	if (sec->kind != DOC_SECTION_COLUMN || !sec->has_data_rows ||
	    (file_kind != 0 && file_kind != EV_KIND_RECORD) ||
	    names_a_document(sec->heading) ||
	    dockind_kind_of_words(sec->heading, strlen(sec->heading)) != 0)
		return 0;
	if ((rc = passes_reserve(v, cap, *k)) < 0)
		return rc;
	p = &(*v)[*k];
	if ((t = g_strconcat(sec->heading, CHAPTER_RECORD, NULL)) == NULL)
		return -ENOMEM;
	rc = textnorm_normalize(t, strlen(t), &p->title, &len);
	g_free(t);
	if (rc < 0)
		return rc;
	if (len < strlen(CHAPTER_RECORD) || strcmp(p->title + len -
	    strlen(CHAPTER_RECORD), CHAPTER_RECORD) != 0 ||
	    (rs->any_title.n > 0 && !classify_union_may_match(
	    rs->title_prefilter, &rs->any_title.v[0], mt, p->title, len))) {
		free(p->title);
		p->title = NULL;
		return 0;
	}
	p->suffix_len = strlen(CHAPTER_RECORD);
	if ((p->label = doc_section_label(in->sections, i)) == NULL)
		return -ENOMEM;
	p->kind = sec->kind;
	if ((rc = pass_input(p, in, sec)) < 0)
		return rc;
	(*k)++;
	return 0;
}

/*
 * The sections whose heading may identify some item (the title union's
 * prefilter, as for a whole file): each is judged like a file whose
 * title is the heading and whose text is the section's.  A column counts
 * only when data rows follow its header: a header alone is a label, not
 * a record.  Its content checks read the text with the labels blanked
 * (csec_blank_labels(); blanked is NULL when nothing is), as the whole file's
 * do: the column 改进机会 of a 台账 whose column 优先级 is empty has
 * ranked nothing.  0 or -ENOMEM.
 */
int
csec_section_passes(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, const char *blanked, unsigned file_kind,
    struct section_pass **out, size_t *n)
{
	struct classify_input content = *in;
	struct section_pass *v = NULL, *p;
	size_t i, k = 0, len, cap;
	bool minutes, agreed, empty;
	int rc = 0;

	*out = NULL;
	*n = 0;
	if (in->n_sections == 0)
		return 0;
	cap = in->n_sections;
	if ((v = calloc(cap, sizeof(*v))) == NULL)
		return -ENOMEM;
	if (blanked != NULL)
		content.text = blanked;
	minutes = file_kind == EV_KIND_RECORD && is_minutes(in);
	agreed = minutes && minutes_agreed(in);
	for (i = 0; i < in->n_sections; i++) {
		const struct doc_section *sec = &in->sections[i];

		/* A header without rows under it is a label, not a record:
		 * neither the column nor a sheet of such columns (an empty
		 * pivot sheet 硬件故障透视) proves anything. */
		if (sec->kind == DOC_SECTION_COLUMN && (!sec->has_data_rows ||
		    column_is_reference(sec->heading) ||
		    column_names_other_form(sec)))
			continue;
		empty = sheet_is_header_only(in->sections, in->n_sections, i);
		/* A log's sheet: its rows by type, first.  Not a list's
		 * (a role list's 职责 column says 巡检 and 病毒查杀 too); a
		 * workbook of no known kind (routine_tasks_export.xlsx) is
		 * a log when a column says it types its rows (任务类型). */
		if (sec->kind == DOC_SECTION_SHEET &&
		    (file_kind == EV_KIND_RECORD || (file_kind == 0 &&
		    sheet_has_type_column(in, i))) &&
		    csec_sheet_has_rows(in->sections, in->n_sections, i) &&
		    (rc = row_type_passes(rs, mt, in, i, &v, &k, &cap)) < 0)
			goto fail;
		if (sec->kind == DOC_SECTION_HEADING &&
		    !names_a_document_or_promise(sec->heading) && !minutes &&
		    chapter_suffix(in, i, file_kind, minutes) == NULL)
			continue;
		if ((rc = column_record_pass(rs, mt, in, i, file_kind, &v, &k,
		    &cap)) < 0)
			goto fail;
		if ((rc = passes_reserve(&v, &cap, k)) < 0)
			goto fail;
		p = &v[k];
		if ((rc = section_title(in, i, file_kind, minutes, &p->title,
		    &len, &p->suffix_len)) < 0)
			goto fail;
		if (rs->any_title.n > 0 && !classify_union_may_match(
		    rs->title_prefilter, &rs->any_title.v[0], mt, p->title,
		    len)) {
			free(p->title);
			p->title = NULL;
			continue;
		}
		if ((p->label = doc_section_label(in->sections, i)) == NULL) {
			rc = -ENOMEM;
			goto fail;
		}
		p->kind = sec->kind;
		p->empty = empty;
		p->agreed = agreed && sec->kind == DOC_SECTION_HEADING &&
		    !names_a_document(sec->heading);
		if ((rc = pass_input(p, &content, sec)) < 0)
			goto fail;
		k++;
	}
	*out = v;
	*n = k;
	return 0;
fail:
	csec_section_passes_free(v, k < cap ? k + 1 : k);
	return rc;
}
