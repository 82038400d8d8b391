/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * dockind.c - what kind of document a file is, by the words of its name,
 * title or text head (a 程序, a 计划, a 记录 ...), and what it cites
 * rather than is.  Chinese names are head-final: the last kind word
 * wins.  A name in 《》 or after 按/依据/参照/根据 names another document
 * and is blanked before a file is identified; a notice that issues a
 * document (关于印发《…》的通知 with its text) is that document.
 *
 * Part of the classifier (classify.c judges items, classify_sections.c
 * a document's sections); classify_int.h is their contract.  Pure: no
 * I/O, no state.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/textnorm.h"

#include "classify_int.h"

/*
 * A spreadsheet's title region is its sheet name and title row: beyond
 * them are cells, and a cell that names a document (a register of
 * documents, a KPI "巡检记录按时提交") is no title.  The title row ends at
 * the first word a table title ends with (表, 记录, 清单 ...) found after
 * the sheet name's few characters, within SHEET_TITLE_MAX characters;
 * without one, the first SHEET_TITLE_CHARS characters.
 */
#define SHEET_TITLE_CHARS 20
#define SHEET_TITLE_MAX 48
#define SHEET_NAME_CHARS 4
static const char *const sheet_title_ends[] = {
	"表", "记录", "清单", "台账", "报告", "日志", "统计", "汇总", "目录",
	"记录单", "记录表", "申请单", "申请表", "统计表", "汇总表",
};
#define N_SHEET_TITLE_ENDS \
	(sizeof(sheet_title_ends) / sizeof(sheet_title_ends[0]))
/* Characters of the text head whose kind words give a file's kind. */
#define KIND_HEAD_CHARS 24
/* Characters after 按/依据/参照/根据 that name a cited document. */
#define CITED_MAX_CHARS 24

/*
 * Kind words, normalised (lower case).  A file's kind is the kind of the
 * LAST kind word of its name (else its title, else its text head):
 * Chinese names are head-final, so "管理评审控制程序" is a procedure and
 * "应急预案培训签到表" a record.  At one end position the longer word
 * wins ("受控文件一览表" is an inventory, not a "表").
 */
static const struct kind_word {
	const char *w;
	unsigned kind;
	bool latin;     /* needs a non-letter before it */
} kind_words[] = {
	{ "程序", EV_KIND_PROCEDURE, false },
	{ "制度", EV_KIND_PROCEDURE, false },
	{ "办法", EV_KIND_PROCEDURE, false },
	{ "规范", EV_KIND_PROCEDURE, false },
	{ "规定", EV_KIND_PROCEDURE, false },
	{ "规程", EV_KIND_PROCEDURE, false },
	{ "手册", EV_KIND_PROCEDURE, false },
	{ "细则", EV_KIND_PROCEDURE, false },
	{ "指引", EV_KIND_PROCEDURE, false },     /* a bank's 作业指引 */
	/* A guide (定级指南, 操作指南) says how: no record of it. */
	{ "指南", EV_KIND_PROCEDURE, false },
	{ "作业指导书", EV_KIND_PROCEDURE, false },
	/* A state-owned company's procedures are its 企业标准 (Q/XYC-G-0301
	 * 信息运维问题管理标准): 管理标准 and 工作标准 say how work is done,
	 * as a 程序 does.  Not 标准 alone: a 定级标准 or 评估标准 is a
	 * criterion. */
	{ "管理标准", EV_KIND_PROCEDURE, false },
	{ "工作标准", EV_KIND_PROCEDURE, false },
	{ "技术标准", EV_KIND_PROCEDURE, false },
	{ "标准汇编", EV_KIND_PROCEDURE, false },
	/* A 质量保证大纲 (and its 保证分大纲 per area) is the quality
	 * programme's top procedure, as a 手册 is; not a 培训大纲. */
	{ "保证大纲", EV_KIND_PROCEDURE, false },
	{ "保证分大纲", EV_KIND_PROCEDURE, false },
	{ "指导书", EV_KIND_PROCEDURE, false },
	{ "制度汇编", EV_KIND_PROCEDURE, false },
	{ "文件汇编", EV_KIND_PROCEDURE, false },       /* 体系文件汇编 */
	{ "体系总则", EV_KIND_PROCEDURE, false },
	{ "流程", EV_KIND_PROCEDURE, false },
	/* A wiki page 内部审核机制 says how audits are done. */
	{ "机制", EV_KIND_PROCEDURE, false },
	{ "process", EV_KIND_PROCEDURE, true },
	{ "procedure", EV_KIND_PROCEDURE, true },
	{ "manual", EV_KIND_PROCEDURE, true },
	{ "sop", EV_KIND_PROCEDURE, true },
	/* An SRE team's step-by-step operating procedures. */
	{ "runbook", EV_KIND_PROCEDURE, true },
	{ "playbook", EV_KIND_PROCEDURE, true },
	/* A wiki's how-to (年度复盘会怎么开, 如何申请变更) says how it is
	 * done: no record of doing it. */
	{ "怎么", EV_KIND_PROCEDURE, false },
	{ "如何", EV_KIND_PROCEDURE, false },
	{ "计划", EV_KIND_PLAN, false },
	{ "计划表", EV_KIND_PLAN, false },
	{ "方案", EV_KIND_PLAN, false },
	{ "预案", EV_KIND_PLAN, false },
	{ "策略", EV_KIND_PLAN, false },
	{ "安排", EV_KIND_PLAN, false },
	/* A year's 可用性保障措施 says what will be done to keep the
	 * systems up: a plan, not a list of indicators (its target
	 * 可用率不低于99.8% is the plan's aim). */
	{ "保障措施", EV_KIND_PLAN, false },
	{ "plan", EV_KIND_PLAN, true },
	{ "policy", EV_KIND_PLAN, true },
	{ "strategy", EV_KIND_PLAN, true },
	{ "记录", EV_KIND_RECORD, false },
	{ "记录表", EV_KIND_RECORD, false },
	{ "报告", EV_KIND_RECORD, false },
	{ "纪要", EV_KIND_RECORD, false },
	{ "签到", EV_KIND_RECORD, false },
	{ "签到表", EV_KIND_RECORD, false },
	{ "日志", EV_KIND_RECORD, false },
	{ "统计表", EV_KIND_RECORD, false },
	{ "周报", EV_KIND_RECORD, false },
	{ "月报", EV_KIND_RECORD, false },
	{ "年报", EV_KIND_RECORD, false },
	{ "工单", EV_KIND_RECORD, false },
	/* A look back at the plans carried out (历年服务方案复盘) records
	 * them.  Not 复盘 alone: a 复盘会's calendar invitation announces the
	 * meeting. */
	{ "方案复盘", EV_KIND_RECORD, false },
	/* A bank's register of events, changes or checks (生产事件登记簿,
	 * 服务中断登记表) logs them. */
	{ "登记簿", EV_KIND_RECORD, false },
	{ "登记表", EV_KIND_RECORD, false },
	{ "分析", EV_KIND_RECORD, false },
	{ "单", EV_KIND_RECORD, false },
	{ "record", EV_KIND_RECORD, true },
	{ "records", EV_KIND_RECORD, true },
	{ "log", EV_KIND_RECORD, true },
	{ "report", EV_KIND_RECORD, true },
	{ "minutes", EV_KIND_RECORD, true },
	{ "signin", EV_KIND_RECORD, true },
	{ "协议", EV_KIND_AGREEMENT, false },
	{ "合同", EV_KIND_AGREEMENT, false },
	/* A provider's 服务承诺书 that both sides sign, with the levels it
	 * promises, is the agreement; not any 承诺书 (a staff member's
	 * 保密承诺书 binds no service). */
	{ "服务承诺书", EV_KIND_AGREEMENT, false },
	{ "服务承诺函", EV_KIND_AGREEMENT, false },
	{ "agreement", EV_KIND_AGREEMENT, true },
	{ "contract", EV_KIND_AGREEMENT, true },
	{ "sla", EV_KIND_AGREEMENT, true },
	{ "清单", EV_KIND_INVENTORY, false },
	{ "目录", EV_KIND_INVENTORY, false },
	{ "台账", EV_KIND_INVENTORY, false },
	/* A library of entries (知识库, 案例库, 配置库) lists them; 库 alone
	 * is no kind: a retailer's 会员库切换演练 drills its member
	 * database, a 粮库 stores grain. */
	{ "知识库", EV_KIND_INVENTORY, false },
	{ "案例库", EV_KIND_INVENTORY, false },
	{ "经验库", EV_KIND_INVENTORY, false },
	{ "教训库", EV_KIND_INVENTORY, false },
	{ "问题库", EV_KIND_INVENTORY, false },
	{ "配置库", EV_KIND_INVENTORY, false },
	{ "资产库", EV_KIND_INVENTORY, false },
	{ "证照库", EV_KIND_INVENTORY, false },
	{ "备件库", EV_KIND_INVENTORY, false },
	{ "文档库", EV_KIND_INVENTORY, false },
	{ "资料库", EV_KIND_INVENTORY, false },
	/* A database is a technology (数据库备份恢复作业指引), unless it is the
	 * configuration management database. */
	{ "数据库", 0, false },
	{ "配置管理数据库", EV_KIND_INVENTORY, false },
	{ "一览表", EV_KIND_INVENTORY, false },
	{ "名录", EV_KIND_INVENTORY, false },
	{ "花名册", EV_KIND_INVENTORY, false },
	{ "名单", EV_KIND_INVENTORY, false },   /* not 单 (a form) */
	/* A ledger of operations logs them (a sheet per kind of work),
	 * unlike a ledger of assets. */
	{ "运维台账", EV_KIND_RECORD, false },
	{ "维护台账", EV_KIND_RECORD, false },
	{ "值班台账", EV_KIND_RECORD, false },   /* a duty log */
	/* A KPI system or definition lists measures; it records none. */
	{ "指标体系", EV_KIND_INVENTORY, false },
	{ "指标定义", EV_KIND_INVENTORY, false },
	{ "list", EV_KIND_INVENTORY, true },
	{ "roster", EV_KIND_INVENTORY, true },
	{ "inventory", EV_KIND_INVENTORY, true },
	{ "register", EV_KIND_INVENTORY, true },
	{ "catalog", EV_KIND_INVENTORY, true },
	{ "catalogue", EV_KIND_INVENTORY, true },
	/* An index of documents (SOP索引) lists them; it is none of them. */
	{ "索引", EV_KIND_INVENTORY, false },
	{ "通知", EV_KIND_NOTICE, false },
	{ "通告", EV_KIND_NOTICE, false },
	/* A meeting's agenda announces it: no record of what it decided. */
	{ "议程", EV_KIND_NOTICE, false },
	/* A calendar invitation (日程：年度复盘会, 会议邀请) announces the
	 * meeting, like its agenda. */
	{ "日程", EV_KIND_NOTICE, false },
	{ "邀请", EV_KIND_NOTICE, false },
	{ "agenda", EV_KIND_NOTICE, true },
	{ "notice", EV_KIND_NOTICE, true },
};
#define N_KIND_WORDS (sizeof(kind_words) / sizeof(kind_words[0]))

/* Words after which a name is cited, not the document itself. */
static const char *const cite_words[] = {
	"按照", "依据", "参照", "根据", "遵照", "按",
	"关联",         /* a column 关联变更单 refers to the change */
};
#define N_CITE_WORDS (sizeof(cite_words) / sizeof(cite_words[0]))

size_t
dockind_utf8_head_len(const char *s, size_t len, size_t max)
{
	size_t n = len < max ? len : max;

	/* Never cut a UTF-8 sequence: back up to a lead byte. */
	while (n > 0 && n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Byte length of the first max characters of s (UTF-8). */
size_t
dockind_utf8_chars_len(const char *s, size_t len, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	const uint64_t high = 0x8080808080808080ULL;
	size_t i = 1, n = 1, starts;
	uint64_t w;

	/* Character k starts at the k-th byte that is no continuation
	 * byte (10xxxxxx), the first byte always: the answer is where
	 * character max starts.  Counted eight bytes at a time (a byte
	 * loop was most of the cost of a notice's head). */
	if (len == 0 || max == 0)
		return 0;
	while (i + 8 <= len) {
		memcpy(&w, p + i, 8);
		/* Bit 7 of each continuation byte: bit 7 set, bit 6
		 * (shifted up into bit 7) clear. */
		/* Their bit 7 moved to bit 0 and summed in the top byte by
		 * a multiply (no popcount instruction on every x86-64). */
		starts = 8 - (size_t)((((w & ~(w << 1) & high) >> 7) *
		    0x0101010101010101ULL) >> 56);
		if (n + starts > max)
			break;
		n += starts;
		i += 8;
	}
	for (; i < len; i++) {
		if ((p[i] & 0xC0) == 0x80)
			continue;
		if (n == max)
			return i;
		n++;
	}
	return len;
}

static bool
is_latin(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Topics that begin with a kind word: in WI_日志审计 (a work instruction
 * on log audit) or 日志分析报告, 日志 is what the document is about, not
 * what it is.
 */
static const char *const topic_words[] = {
	"日志审计", "日志分析", "日志采集", "日志收集", "日志管理", "日志留存",
};

/*
 * Topics that end with a kind word: 解决方案 (a solution) is what 服务回顾-
 * 解决方案影响与自动化机会 reviews, not what the review is.
 */
static const char *const topic_prefixes[] = { "解决" };

static bool
in_topic(const char *s, const char *p)
{
	size_t i, l;

	for (i = 0; i < sizeof(topic_prefixes) / sizeof(topic_prefixes[0]);
	    i++) {
		l = strlen(topic_prefixes[i]);
		if ((size_t)(p - s) >= l && memcmp(p - l, topic_prefixes[i],
		    l) == 0)
			return true;
	}
	return false;
}

static bool
starts_topic(const char *p, const char *end)
{
	size_t i, l;

	for (i = 0; i < sizeof(topic_words) / sizeof(topic_words[0]); i++) {
		l = strlen(topic_words[i]);
		if ((size_t)(end - p) >= l && memcmp(p, topic_words[i], l) == 0)
			return true;
	}
	return false;
}

/*
 * The pairs of adjacent bytes a string holds, hashed into 1024 bits: a
 * word one of whose pairs is missing is not in the string.  Cheaper than
 * asking memmem the same about sixty words for each name, title and
 * text head, where almost every answer is "nowhere".
 */
struct byte_pairs {
	uint64_t bits[16];
};

static unsigned
pair_bit(const unsigned char *p)
{
	return ((unsigned)p[0] << 8 | p[1]) * 2654435761u >> 22;
}

static void
pairs_of(const char *s, size_t len, struct byte_pairs *bp)
{
	size_t i;
	unsigned b;

	memset(bp, 0, sizeof(*bp));
	for (i = 0; i + 1 < len; i++) {
		b = pair_bit((const unsigned char *)s + i);
		bp->bits[b >> 6] |= 1ULL << (b & 63);
	}
}

/* False when w[0..wl) cannot occur in the string of bp. */
static bool
pairs_may_hold(const struct byte_pairs *bp, const char *w, size_t wl)
{
	size_t i;
	unsigned b;

	for (i = 0; i + 1 < wl; i++) {
		b = pair_bit((const unsigned char *)w + i);
		if (!(bp->bits[b >> 6] & (1ULL << (b & 63))))
			return false;
	}
	return true;
}

/*
 * The kind of the last kind word in s[0..len), 0 when none; *end and
 * *wlen (either may be NULL) say where that word ends and how long it is.
 */
static unsigned
last_kind_word(const char *s, size_t len, size_t *end, size_t *wlen)
{
	size_t best_end = 0, best_len = 0, i, wl;
	unsigned kind = 0;
	struct byte_pairs bp;
	const char *p;

	pairs_of(s, len, &bp);
	for (i = 0; i < N_KIND_WORDS; i++) {
		const struct kind_word *w = &kind_words[i];

		wl = strlen(w->w);
		/* memmem says "nowhere" fast, which is the usual answer. */
		p = len >= wl && pairs_may_hold(&bp, w->w, wl) &&
		    memmem(s, len, w->w, wl) != NULL ?
		    g_strrstr_len(s, (gssize)len, w->w) : NULL;
		/* A Latin word stands alone: "plan" is not in "planning";
		 * a topic is no kind. */
		while (p != NULL && ((w->latin && ((p > s &&
		    is_latin((unsigned char)p[-1])) ||
		    (p + wl < s + len && is_latin((unsigned char)p[wl])))) ||
		    starts_topic(p, s + len) || in_topic(s, p)))
			p = p > s ? g_strrstr_len(s, p - s + (gssize)wl - 1,
			    w->w) : NULL;
		if (p == NULL)
			continue;
		if ((size_t)(p - s) + wl > best_end ||
		    ((size_t)(p - s) + wl == best_end && wl > best_len)) {
			best_end = (size_t)(p - s) + wl;
			best_len = wl;
			kind = w->kind;
		}
	}
	if (end != NULL)
		*end = best_end;
	if (wlen != NULL)
		*wlen = best_len;
	return kind;
}

/* The kind of the last kind word in s[0..len), 0 when none. */
unsigned
dockind_kind_of_words(const char *s, size_t len)
{
	return last_kind_word(s, len, NULL, NULL);
}

/* The kind of the longest kind word that ends s[0..end) (名单, not its
 * 单), 0 when none. */
static unsigned
kind_ending_at(const char *s, size_t end)
{
	size_t i, wl, best = 0;
	unsigned kind = 0;

	for (i = 0; i < N_KIND_WORDS; i++) {
		wl = strlen(kind_words[i].w);
		if (!kind_words[i].latin && wl <= end && wl > best &&
		    memcmp(s + end - wl, kind_words[i].w, wl) == 0) {
			best = wl;
			kind = kind_words[i].kind;
		}
	}
	return kind;
}

/*
 * Does a document named name (its file name or title) say of itself that
 * it sets nothing of its own: 本程序不另规定 in a 程序 that only says
 * which other procedures apply (依…《信息安全事件管理程序》…执行,本程序
 * 不另规定)?  Such a procedure is hollow: it proves no procedure, whatever
 * its name.  Only the document's own kind word counts (本 + the last kind
 * word of its name): in a 制度汇编, the 办法 of one chapter that says
 * 本办法不另规定 leaves the 汇编 and its other chapters alone.  Not
 * 未尽事宜按…执行, which every procedure says of what it leaves out.
 */
bool
dockind_sets_nothing(const char *name, size_t name_len, const char *text,
    size_t text_len)
{
	static const char *const nothing[] = {
		"不另规定", "不另行规定", "不另作规定", "不再另行规定",
		"不再另作规定", "不再规定",
	};
	size_t end, wl, i, hl;
	char head[64];
	const char *p, *at, *stop;

	if (name == NULL || text == NULL ||
	    !(last_kind_word(name, name_len, &end, &wl) &
	    EV_KIND_PROCEDURE) || wl + strlen("本") >= sizeof(head))
		return false;
	hl = (size_t)snprintf(head, sizeof(head), "本%.*s", (int)wl,
	    name + end - wl);
	stop = text + text_len;
	for (p = text; p < stop && (at = memmem(p, (size_t)(stop - p), head,
	    hl)) != NULL; p = at + hl)
		for (i = 0; i < sizeof(nothing) / sizeof(nothing[0]); i++)
			if ((size_t)(stop - (at + hl)) >= strlen(nothing[i]) &&
			    memcmp(at + hl, nothing[i], strlen(nothing[i])) ==
			    0)
				return true;
	return false;
}

/*
 * A name that joins two documents (渗透测试计划及记录, 运维人员名单及倒班
 * 安排, 历史运行数据分析及保障策略) is both: the kind of the first, when
 * a kind word ends right before 及 (和, 与, &) and the last kind word
 * follows within JOINED_GAP bytes of it; 0 otherwise.  Not a procedure
 * on either side: 网络安全事件报告与处置制度 is a 制度 about reporting,
 * no report; nor a notice, which proves nothing done.
 */
#define JOINED_GAP 12   /* four Chinese characters: 倒班 of 名单及倒班安排 */

static unsigned
joined_kind(const char *s, size_t len)
{
	static const char *const joiners[] = { "及", "和", "与", "&" };
	const unsigned never = EV_KIND_PROCEDURE | EV_KIND_NOTICE;
	size_t last_start, last_end, last_len, wl, j, at;
	unsigned last, first;

	last = last_kind_word(s, len, &last_end, &last_len);
	if (last == 0 || (last & never))
		return 0;
	last_start = last_end - last_len;
	for (j = 0; j < sizeof(joiners) / sizeof(joiners[0]); j++) {
		wl = strlen(joiners[j]);
		for (at = last_start >= wl ? last_start - wl : 0; at +
		    JOINED_GAP + wl >= last_start && at > 0; at--) {
			if (at + wl > last_start ||
			    memcmp(s + at, joiners[j], wl) != 0)
				continue;
			first = kind_ending_at(s, at);
			if (first != 0 && first != last && !(first & never))
				return first;
		}
	}
	return 0;
}

/*
 * 按 is a citation word in 按问题管理程序, not in 按时, 按月, 按季度 (a
 * 2026年按季度巡检记录 is still a 巡检记录): the character after it says.
 * Nor is 关联 in 关联关系 (an asset register's sheet of the relations
 * between its items, not a reference to some 关系).
 */
static bool
not_a_citation(const char *next, const char *end)
{
	static const char *const periods[] = {
		"时", "月", "季", "年", "期", "日", "周", "天", "次", "需",
		"关系",
	};
	size_t i, l;

	for (i = 0; i < sizeof(periods) / sizeof(periods[0]); i++) {
		l = strlen(periods[i]);
		if ((size_t)(end - next) >= l && memcmp(next, periods[i], l) == 0)
			return true;
	}
	return false;
}

/*
 * Whether s[0..len) holds a cite word or 《, as a memmem() of each would
 * say, in one pass: most names and texts cite nothing, and asking eight
 * times over a text head was a tenth of classifying a file.
 */
bool
dockind_cites_anything(const char *s, size_t len)
{
	static const char open[] = "《";
	const unsigned char *p = (const unsigned char *)s;
	/* Bit 1: some word's first byte; bit 2: some word's second.  A
	 * Chinese text has a lead byte every three bytes, and nearly all
	 * of them are some word's first: the second byte rules most of
	 * them out, the third (the word's whole first character) the
	 * rest, before any word is compared. */
	unsigned char at[256] = { 0 };
	uint32_t firsts[N_CITE_WORDS + 1], c;
	size_t i, k, wl;

	for (k = 0; k <= N_CITE_WORDS; k++) {
		/* Every word is Chinese: three bytes at least. */
		const unsigned char *w = (const unsigned char *)(k <
		    N_CITE_WORDS ? cite_words[k] : open);

		at[w[0]] |= 1;
		at[w[1]] |= 2;
		firsts[k] = (uint32_t)w[0] << 16 | (uint32_t)w[1] << 8 | w[2];
	}
	for (i = 0; i + 2 < len; i++) {
		if (!(at[p[i]] & 1) || !(at[p[i + 1]] & 2))
			continue;
		c = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		for (k = 0; k <= N_CITE_WORDS; k++) {
			if (firsts[k] != c)
				continue;
			if (k == N_CITE_WORDS)
				return true;
			wl = strlen(cite_words[k]);
			if (len - i >= wl &&
			    memcmp(p + i, cite_words[k], wl) == 0)
				return true;
		}
	}
	return false;
}

/* memmem(s, len, "《", 3) by memchr: glibc's memmem sets up tables that
 * cost more than the search on a name or a short text head. */
bool
dockind_holds_open_quote(const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while ((p = memchr(p, 0xE3, (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && memcmp(p, "《", 3) == 0)
			return true;
		p++;
	}
	return false;
}

/*
 * A copy of s[0..len) where what is cited is blanked out (each blanked
 * character becomes '_'): names inside 《》, and the phrase after
 * 按/依据/参照/根据 up to the next punctuation or space.  A citation names
 * another document; it never identifies this one.  NULL on ENOMEM.
 */
char *
dockind_blank_citations(const char *s, size_t len)
{
	GString *out;
	const char *p = s, *end = s + len, *next;
	int depth = 0;
	size_t cited = 0, i;

	/* Most names and texts cite nothing: then the copy is the text. */
	if (!dockind_cites_anything(s, len)) {
		char *copy = g_malloc(len + 1);

		memcpy(copy, s, len);
		copy[len] = '\0';
		return copy;
	}
	out = g_string_sized_new(len + 1);
	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);

		next = g_utf8_find_next_char(p, end);
		if (next == NULL)
			next = end;
		if (c == 0x300A) {                      /* 《 */
			depth++;
			g_string_append_len(out, p, next - p);
		} else if (c == 0x300B) {               /* 》 */
			if (depth > 0)
				depth--;
			g_string_append_len(out, p, next - p);
		} else if (depth > 0 || cited > 0) {
			if (cited > 0 && (c == (gunichar)-1 || c == (gunichar)-2 ||
			    g_unichar_ispunct(c) || g_unichar_isspace(c)))
				cited = 0;
			if (depth > 0 || cited > 0) {
				g_string_append_c(out, '_');
				if (cited > 0)
					cited--;
			} else {
				g_string_append_len(out, p, next - p);
			}
		} else {
			g_string_append_len(out, p, next - p);
			for (i = 0; i < N_CITE_WORDS; i++) {
				size_t wl = strlen(cite_words[i]);

				if ((size_t)(next - s) >= wl && memcmp(next - wl,
				    cite_words[i], wl) == 0 &&
				    !not_a_citation(next, end)) {
					cited = CITED_MAX_CHARS;
					break;
				}
			}
		}
		p = next;
	}
	return g_string_free(out, FALSE);
}

/* Bytes of the title region of a spreadsheet's text (see above). */
size_t
dockind_sheet_title_len(const char *text, size_t len)
{
	size_t skip = dockind_utf8_chars_len(text, len, SHEET_NAME_CHARS);
	size_t max = dockind_utf8_chars_len(text, len, SHEET_TITLE_MAX);
	size_t best = 0, best_at = 0, i, wl;
	const char *p;
	gunichar c;

	/* The first end word; where two start together the longer wins
	 * (变更记录单 ends after 单, not after 记录). */
	for (i = 0; i < N_SHEET_TITLE_ENDS; i++) {
		wl = strlen(sheet_title_ends[i]);
		p = g_strstr_len(text + skip, (gssize)(max - skip),
		    sheet_title_ends[i]);
		if (p != NULL && (best == 0 || (size_t)(p - text) < best_at ||
		    ((size_t)(p - text) == best_at &&
		    (size_t)(p - text) + wl > best))) {
			best_at = (size_t)(p - text);
			best = best_at + wl;
		}
	}
	if (best == 0)
		return dockind_utf8_chars_len(text, len, SHEET_TITLE_CHARS);
	/* A period in brackets belongs to the title: 预算表(2026年度). */
	c = best < len ? g_utf8_get_char_validated(text + best,
	    (gssize)(len - best)) : 0;
	if (c == '(' || c == 0xFF08) {
		p = memchr(text + best, c == '(' ? ')' : 0xEF, max > best ?
		    max - best : 0);
		if (p != NULL)
			best = (size_t)(p - text) + (c == '(' ? 1 : 3);
	}
	return best;
}

/*
 * The first max bytes of the text (cut on a character boundary) with
 * every character of its tables blanked to a space: the title region of
 * a document is its title and headings, never the cells of its approval
 * block or of a register of documents.  Blanked, not left out, so that
 * what follows a table keeps its distance from the top (a sentence under
 * a KPI table is no title either).  NULL on ENOMEM.
 */
static char *
text_head_from(const struct classify_input *in, size_t from, size_t max);

/*
 * A workbook's text starts with all its sheet names (workbook.xml), then
 * each sheet's values.  Its head is its first sheet's name and title rows:
 * the name of a later sheet is that sheet's, judged as a section of its
 * own, where an empty one counts for nothing (a pivot sheet 硬件故障透视
 * with only its header makes no task export a hardware fault record).
 */
char *
dockind_text_head(const struct classify_input *in, size_t max)
{
	const struct doc_section *first = in->n_sections > 0 ?
	    &in->sections[0] : NULL;
	char *name = NULL, *rest, *head;
	size_t len, i;

	/* A first sheet that is only a header (宕机登记 with no row under
	 * it) says what the workbook was meant to hold, not what it holds:
	 * the head is the first sheet with rows, if there is one. */
	for (i = 0; first != NULL && first->kind == DOC_SECTION_SHEET &&
	    i < in->n_sections; i++) {
		if (in->sections[i].kind != DOC_SECTION_SHEET)
			continue;
		if (i + 1 >= in->n_sections ||
		    in->sections[i + 1].kind != DOC_SECTION_COLUMN ||
		    csec_sheet_has_rows(in->sections, in->n_sections, i)) {
			first = &in->sections[i];
			break;
		}
	}

	if (in->typeclass != EV_TYPE_SPREADSHEET || first == NULL ||
	    first->kind != DOC_SECTION_SHEET || first->start == 0 ||
	    first->start > in->text_len)
		return text_head_from(in, 0, max);
	if (textnorm_normalize(first->heading, strlen(first->heading), &name,
	    &len) < 0)
		return NULL;
	if ((rest = text_head_from(in, first->start, max)) == NULL) {
		free(name);
		return NULL;
	}
	head = g_strconcat(name, " ", rest, NULL);
	free(name);
	g_free(rest);
	return head;
}

/* dockind_text_head of the text from byte from (a character boundary). */
static char *
text_head_from(const struct classify_input *in, size_t from, size_t max)
{
	size_t len = from + dockind_utf8_head_len(in->text + from,
	    in->text_len - from, max), pos, t;
	GString *out = g_string_sized_new(len + 1);
	const char *p, *end;

	g_string_append_len(out, in->text, (gssize)len);
	for (t = 0; t < in->n_tables && in->tables[t].start < len; t++) {
		pos = in->tables[t].start;
		end = in->text + (in->tables[t].end < len ?
		    in->tables[t].end : len);
		for (p = in->text + pos; p < end; pos = (size_t)(p - in->text)) {
			p = g_utf8_find_next_char(p, end);
			if (p == NULL)
				p = end;
			memset(out->str + pos, 0, (size_t)(p - in->text) - pos);
			out->str[pos] = ' ';
		}
	}
	/* Drop the text before from, and the NULs the blanking left behind
	 * multi-byte characters. */
	for (pos = from, t = 0; pos < out->len; pos++)
		if (out->str[pos] != '\0')
			out->str[t++] = out->str[pos];
	g_string_truncate(out, t);
	return g_string_free(out, FALSE);
}

/* The file name without folders and extension. */
void
classify_base_name(const char *path, const char **b, size_t *len)
{
	const char *slash = strrchr(path, '/'), *dot;

	*b = slash != NULL ? slash + 1 : path;
	dot = strrchr(*b, '.');
	*len = dot != NULL && dot > *b ? (size_t)(dot - *b) : strlen(*b);
}

/*
 * A notice that issues a document carries it.  Companies publish a
 * procedure as 关于印发《信息系统运维问题管理办法》的通知 with the 办法
 * itself as its 附件: the file is that 办法, approved (审议通过, 签发)
 * and published (印发) in one.  Unlike a citation, the name in 《》 is
 * then this document's own -- but only when the text holds the issued
 * document: its title again, outside 《》, with at least ISSUED_BODY_MIN
 * bytes of text after it (a short 实施细则 of three chapters, about 80
 * characters, is one; a notice's closing lines, its issuer and date, are
 * not).  A notice that merely announces, studies or cites (关于学习《…》
 * 的通知, 制度执行检查) issues nothing.
 */
#define ISSUED_BODY_MIN 240
#define ISSUED_TITLE_MAX 180    /* bytes of the name in 《》 */
#define ISSUED_HEAD_CHARS 200   /* of the text, for a red-header notice */

static const char *const issue_words[] = {
	"印发", "发布", "颁布", "下发", "修订",
};

/* The 《name》 right after an issuing verb in s[0..len), or NULL. */
static char *
issued_name(const char *s, size_t len)
{
	const char *end = s + len, *p, *q, *close;
	size_t i, wl;

	/* No 《 (the usual case): no verb needs looking for. */
	if (!dockind_holds_open_quote(s, len))
		return NULL;
	for (i = 0; i < sizeof(issue_words) / sizeof(issue_words[0]); i++) {
		wl = strlen(issue_words[i]);
		for (p = s; p < end && (q = memmem(p, (size_t)(end - p),
		    issue_words[i], wl)) != NULL; p = q + wl) {
			const char *open = q + wl, *name = open + 3;

			if ((size_t)(end - open) < 3 ||
			    memcmp(open, "《", 3) != 0)
				continue;
			close = memmem(name, (size_t)(end - name), "》", 3);
			if (close == NULL || close == name ||
			    close - name > ISSUED_TITLE_MAX)
				continue;
			return g_strndup(name, (gsize)(close - name));
		}
	}
	return NULL;
}

/* Whether the text holds the issued document name (see above). */
static bool
issued_body(const struct classify_input *in, const char *name)
{
	size_t nl = strlen(name);
	const char *p = in->text, *end = in->text + in->text_len, *q;
	const char *last = NULL, *cc;

	while ((q = memmem(p, (size_t)(end - p), name, nl)) != NULL) {
		if (q - in->text < 3 || memcmp(q - 3, "《", 3) != 0)
			last = q;
		p = q + nl;
	}
	if (last == NULL)
		return false;
	/* The 版记 (抄送 …, …印发) closes an official document after all its
	 * attachments: what stands between the name and it is what the
	 * notice carries.  A notice filed without its 办法 has only its
	 * list line 附件：运维事件管理细则 there, then the signature and the
	 * date: it carries nothing. */
	if ((cc = g_strrstr_len(last + nl, end - (last + nl), "抄送")) != NULL)
		end = cc;
	return (size_t)(end - (last + nl)) >= ISSUED_BODY_MIN;
}

/* The name a notice issues (in its name, title or head), or NULL. */
static char *
issued_lookup(const struct classify_input *in)
{
	const char *b;
	size_t len;
	char *name = NULL;

	if (in->text == NULL)
		return NULL;
	classify_base_name(in->path, &b, &len);
	if ((name = issued_name(b, len)) == NULL && in->title != NULL)
		name = issued_name(in->title, strlen(in->title));
	if (name == NULL)
		name = issued_name(in->text, dockind_utf8_chars_len(in->text,
		    in->text_len, ISSUED_HEAD_CHARS));
	return name;
}

char *
classify_issued_title(const struct classify_input *in)
{
	char *name = issued_lookup(in);

	if (name != NULL && !issued_body(in, name)) {
		g_free(name);
		name = NULL;
	}
	return name;
}

/* Words that only a procedure's own body has (its articles, its first
 * chapter), never a notice's few lines. */
static const char *const article_words[] = {
	"第一条", "第1条", "第一章", "第1章", "总则", "适用范围",
};

bool
dockind_bare_notice(const struct classify_input *in, unsigned *issued_kind)
{
	char *name = issued_lookup(in);
	bool bare = false;
	size_t i;

	*issued_kind = 0;
	if (name == NULL)
		return false;
	if (!issued_body(in, name)) {
		bare = true;
		for (i = 0; bare && i < sizeof(article_words) /
		    sizeof(article_words[0]); i++)
			if (memmem(in->text, in->text_len, article_words[i],
			    strlen(article_words[i])) != NULL)
				bare = false;
	}
	if (bare)
		*issued_kind = dockind_kind_of_words(name, strlen(name));
	g_free(name);
	return bare;
}

static bool
word_char_at(const char *s, size_t len, size_t at)
{
	return at < len && g_unichar_isalnum(g_utf8_get_char_validated(s + at,
	    (gssize)(len - at)));
}

/*
 * Bytes of head[0..len) whose kind words give the kind: its first
 * KIND_HEAD_CHARS characters, but never half a word.  Chinese names are
 * head-final, so a phrase cut at the 24th character shows a kind word
 * its own head overrides: 服务方案对生产影响|分析 is an analysis, not a
 * 方案.  A cut inside a later word drops that word.
 */
static size_t
kind_head_len(const char *head, size_t len)
{
	size_t cut = dockind_utf8_chars_len(head, len, KIND_HEAD_CHARS), b;
	const char *p;

	if (!word_char_at(head, len, cut))
		return cut;
	/* Back to where the cut word starts (cut itself when the cut falls
	 * between two words). */
	for (b = cut; b > 0; b = (size_t)(p - head)) {
		p = g_utf8_find_prev_char(head, head + b);
		if (p == NULL || !word_char_at(head, len, (size_t)(p - head)))
			break;
	}
	/* A first word longer than the window is read as far as the
	 * window: where whitespace between Chinese characters is gone
	 * (plain text), it runs into the body, whose words are no kind. */
	return b > 0 ? b : cut;
}

/*
 * Does a file name read as a mail's subject line: RE, FW or FWD (and
 * 回复, 转发) then a colon, or RE then a space or an underscore (Outlook
 * saves RE: as RE_)?  Not FW and a space: a firewall's (FW 策略变更记录,
 * FW_Policy).  Names are normalised (lower case); the colon may be
 * full-width.
 */
static bool
mail_subject(const char *b, size_t len)
{
	static const struct {
		const char *p;
		bool space;     /* a space may end it too */
	} prefixes[] = { { "re", true }, { "fw", false }, { "fwd", false },
	    { "回复", false }, { "转发", false } };
	size_t i, k;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		k = strlen(prefixes[i].p);
		if (len <= k + 1 || memcmp(b, prefixes[i].p, k) != 0)
			continue;
		if (b[k] == ':' || (prefixes[i].space && (b[k] == ' ' ||
		    b[k] == '_')) ||
		    (len > k + 3 && memcmp(b + k, "：", 3) == 0))
			return true;
	}
	return false;
}

/* classify_kind(), given what classify_issued_title() said (or NULL). */
unsigned
dockind_kind_of_input(const struct classify_input *in, const char *issued)
{
	const char *b;
	size_t len;
	unsigned kind = 0;
	char *blank, *head;

	/* A notice that issues a document is that document. */
	if (issued != NULL && (kind = dockind_kind_of_words(issued,
	    strlen(issued))) != 0)
		return kind;

	/* The name first: it is what the company calls the document. */
	classify_base_name(in->path, &b, &len);
	/* A mail saved under its subject (RE 关于SLA续签事宜.txt) records
	 * the correspondence about the document, whatever it names. */
	if (mail_subject(b, len))
		return EV_KIND_RECORD;
	if ((blank = dockind_blank_citations(b, len)) != NULL) {
		kind = dockind_kind_of_words(blank, strlen(blank));
		g_free(blank);
	}
	if (kind == 0 && in->title != NULL &&
	    (blank = dockind_blank_citations(in->title,
	    strlen(in->title))) != NULL) {
		kind = dockind_kind_of_words(blank, strlen(blank));
		g_free(blank);
	}
	if (kind == 0 && in->text != NULL &&
	    (head = dockind_text_head(in, KIND_HEAD_CHARS * 4)) != NULL) {
		len = kind_head_len(head, strlen(head));
		if ((blank = dockind_blank_citations(head, len)) != NULL) {
			kind = dockind_kind_of_words(blank, strlen(blank));
			g_free(blank);
		}
		g_free(head);
	}
	return kind;
}

unsigned
classify_kind(const struct classify_input *in)
{
	char *issued = classify_issued_title(in);
	unsigned kind = dockind_kind_of_input(in, issued);

	g_free(issued);
	return kind;
}

unsigned
classify_joined_kind(const struct classify_input *in)
{
	const char *b;
	size_t len;
	unsigned kind = 0;
	char *blank;

	classify_base_name(in->path, &b, &len);
	if ((blank = dockind_blank_citations(b, len)) != NULL) {
		/* Only when the name's last kind word is the file's kind. */
		if (dockind_kind_of_words(blank, strlen(blank)) != 0)
			kind = joined_kind(blank, strlen(blank));
		g_free(blank);
	}
	return kind;
}
