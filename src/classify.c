/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * classify.c - the per-file decision: which evidence items does this file
 * prove, which does it nearly prove, and why.
 *
 * The order of the checks follows what an auditor does: identify the
 * document (name or title), then look at what kind of file it is, whether
 * it is a template, and finally whether its content says what the form
 * requires.  A file whose content cannot be read never counts for an item
 * with content requirements: it is reported as a near match instead, so
 * the clause shows "partial"/"missing" rather than a guess.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/textnorm.h"

#define CLASSIFY_REASON_MAX 256
/* classify_item() judges a section: its heading identifies it even where
 * the file's name matched too (internal, beside CLASSIFY_NEAR_CONTENT). */
#define CLASSIFY_SECTION 0x100

/* The working form of a match while one item is judged: pointers into
 * the ruleset are fine here, they never leave this file. */
struct item_match {
	const struct rule_item *item;
	bool counts;
	unsigned matched_by;
	const char *name_pattern;
	const char *title_pattern;
	const char *excluded_by;
	char reason[CLASSIFY_REASON_MAX];
};

/*
 * What identification reads, prepared once per file: the path, title and
 * title region with citations blanked out, and the file's kind.
 */
struct ident {
	char *path;             /* path, citations blanked */
	char *title;            /* title, citations blanked, or NULL */
	char *head;             /* title region of the text, or NULL */
	size_t head_len;
	char *export;           /* export_title(), or NULL */
	unsigned kind;          /* enum ev_kind bit, 0 unknown */
	unsigned joined;        /* joined_kind() of the name, or 0 */
	/* The name and title patterns whose literals path, title or head
	 * hold (prefilter.h): the others cannot match.  NULL: try all. */
	struct cands *cand;
};

/*
 * A set of candidate patterns: pointers into the ruleset's pattern
 * arrays, sorted by address once collected, so that an item's patterns
 * (one array) are one range of it: a file tried against every item
 * looks each array up once, not each pattern in a hash table.
 */
struct cands {
	const void **v;
	size_t n, cap;
};

static void
cands_free(struct cands *c)
{
	if (c != NULL) {
		g_free(c->v);
		g_free(c);
	}
}
#include "evidenced/pathname.h"
#include "evidenced/prefilter.h"

/* Bytes of normalised text that title patterns see besides the title. */
#define TITLE_HEAD_BYTES 2048
/* How much of a document's head an exclusion is tried on when the head
 * identified it: the window title patterns look at (^.{0,60}) and the
 * words that follow a title on its line, not the body below it. */
#define HEAD_EXCLUDE_CHARS 80
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

static size_t
utf8_head_len(const char *s, size_t len, size_t max)
{
	size_t n = len < max ? len : max;

	/* Never cut a UTF-8 sequence: back up to a lead byte. */
	while (n > 0 && n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Byte length of the first max characters of s (UTF-8). */
static size_t
utf8_chars_len(const char *s, size_t len, size_t max)
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

/* The kind of the last kind word in s[0..len), 0 when none. */
static unsigned
kind_of_words(const char *s, size_t len)
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
	return kind;
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
	size_t last_start = 0, last_len = 0, i, wl, j, at;
	unsigned last = 0, first;
	const char *p;

	/* The last kind word, as kind_of_words() finds it. */
	for (i = 0; i < N_KIND_WORDS; i++) {
		if (kind_words[i].latin)
			continue;
		wl = strlen(kind_words[i].w);
		p = g_strrstr_len(s, (gssize)len, kind_words[i].w);
		if (p != NULL && ((size_t)(p - s) + wl > last_start +
		    last_len || ((size_t)(p - s) + wl == last_start +
		    last_len && wl > last_len))) {
			last_start = (size_t)(p - s);
			last_len = wl;
			last = kind_words[i].kind;
		}
	}
	if (last == 0 || (last & never))
		return 0;
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
static bool
cites_anything(const char *s, size_t len)
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
static bool
holds_open_quote(const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while ((p = memchr(p, 0xE3, (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && memcmp(p, "《", 3) == 0)
			return true;
		p++;
	}
	return false;
}

/* Bytes of s[0..len) before its first newline. */
static size_t
first_line_len(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);

	return nl != NULL ? (size_t)(nl - s) : len;
}

/*
 * A copy of s[0..len) where what is cited is blanked out (each blanked
 * character becomes '_'): names inside 《》, and the phrase after
 * 按/依据/参照/根据 up to the next punctuation or space.  A citation names
 * another document; it never identifies this one.  NULL on ENOMEM.
 */
static char *
blank_citations(const char *s, size_t len)
{
	GString *out;
	const char *p = s, *end = s + len, *next;
	int depth = 0;
	size_t cited = 0, i;

	/* Most names and texts cite nothing: then the copy is the text. */
	if (!cites_anything(s, len)) {
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
static size_t
sheet_title_len(const char *text, size_t len)
{
	size_t skip = utf8_chars_len(text, len, SHEET_NAME_CHARS);
	size_t max = utf8_chars_len(text, len, SHEET_TITLE_MAX);
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
		return utf8_chars_len(text, len, SHEET_TITLE_CHARS);
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
static bool sheet_has_rows(const struct doc_section *v, size_t n, size_t i);

static char *
text_head(const struct classify_input *in, size_t max)
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
		    sheet_has_rows(in->sections, in->n_sections, i)) {
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

/* text_head of the text from byte from (a character boundary). */
static char *
text_head_from(const struct classify_input *in, size_t from, size_t max)
{
	size_t len = from + utf8_head_len(in->text + from, in->text_len - from,
	    max), pos, t;
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
	if (!holds_open_quote(s, len))
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

char *
classify_issued_title(const struct classify_input *in)
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
		name = issued_name(in->text, utf8_chars_len(in->text,
		    in->text_len, ISSUED_HEAD_CHARS));
	if (name != NULL && !issued_body(in, name)) {
		g_free(name);
		name = NULL;
	}
	return name;
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
	size_t cut = utf8_chars_len(head, len, KIND_HEAD_CHARS), b;
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

/* classify_kind(), given what classify_issued_title() said (or NULL). */
static unsigned
kind_of_input(const struct classify_input *in, const char *issued)
{
	const char *b;
	size_t len;
	unsigned kind = 0;
	char *blank, *head;

	/* A notice that issues a document is that document. */
	if (issued != NULL && (kind = kind_of_words(issued,
	    strlen(issued))) != 0)
		return kind;

	/* The name first: it is what the company calls the document. */
	classify_base_name(in->path, &b, &len);
	if ((blank = blank_citations(b, len)) != NULL) {
		kind = kind_of_words(blank, strlen(blank));
		g_free(blank);
	}
	if (kind == 0 && in->title != NULL &&
	    (blank = blank_citations(in->title, strlen(in->title))) != NULL) {
		kind = kind_of_words(blank, strlen(blank));
		g_free(blank);
	}
	if (kind == 0 && in->text != NULL &&
	    (head = text_head(in, KIND_HEAD_CHARS * 4)) != NULL) {
		len = kind_head_len(head, strlen(head));
		if ((blank = blank_citations(head, len)) != NULL) {
			kind = kind_of_words(blank, strlen(blank));
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
	unsigned kind = kind_of_input(in, issued);

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
	if ((blank = blank_citations(b, len)) != NULL) {
		/* Only when the name's last kind word is the file's kind. */
		if (kind_of_words(blank, strlen(blank)) != 0)
			kind = joined_kind(blank, strlen(blank));
		g_free(blank);
	}
	return kind;
}

static const char *
first_hit(struct rule_matcher *mt, const struct rule_patterns *ps,
    const char *s, size_t len)
{
	long i;

	if (s == NULL)
		return NULL;
	i = rule_patterns_first_match(mt, ps, s, len);
	return i >= 0 ? ps->v[i].source : NULL;
}

/* first_hit among the candidates only (all of them without a set). */
static const char *
candidate_hit(struct rule_matcher *mt, const struct rule_patterns *ps,
    const char *s, size_t len, const struct cands *cand)
{
	struct rule_patterns one;
	uintptr_t lo, hi;
	size_t a, b, m;
	bool valid = false;

	if (cand == NULL || s == NULL)
		return first_hit(mt, ps, s, len);
	if (ps->n == 0)
		return NULL;
	/* The candidates in ps's array, in its order. */
	lo = (uintptr_t)&ps->v[0];
	hi = (uintptr_t)&ps->v[ps->n];
	for (a = 0, b = cand->n; a < b;) {
		m = a + (b - a) / 2;
		if ((uintptr_t)cand->v[m] < lo)
			a = m + 1;
		else
			b = m;
	}
	for (; a < cand->n && (uintptr_t)cand->v[a] < hi; a++) {
		one.v = (struct rule_pattern *)(uintptr_t)cand->v[a];
		one.n = 1;
		if (rule_patterns_first_match_ex(mt, &one, s, len, &valid) >=
		    0)
			return one.v->source;
	}
	return NULL;
}

static void
set_reason(struct item_match *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
set_reason(struct item_match *m, const char *fmt, ...)
{
	const gchar *end;
	va_list ap;

	if (m->reason[0] != '\0')
		return;         /* keep the first, most important reason */
	va_start(ap, fmt);
	vsnprintf(m->reason, sizeof(m->reason), fmt, ap);
	va_end(ap);
	/* A long pattern is cut at the buffer's end, maybe inside a
	 * character: the reason goes into the status JSON, which must stay
	 * UTF-8.  The rules are UTF-8, so only the cut can be invalid. */
	g_utf8_validate(m->reason, -1, &end);
	*(char *)end = '\0';
}

/* A miss on text that was cut short is "not verified", not "lacks". */
static void
partial_text_reason(const struct classify_input *in, struct item_match *m)
{
	char why[CLASSIFY_REASON_MAX];

	if (in->text_status != EXTRACT_OK)
		set_reason(m, "content not verified: only part of the text "
		    "was read: %s", extract_reason_text(in->text_status,
		    in->text_reason, why, sizeof(why)));
}

/*
 * A document that cannot be read as one (truncated upload, zip bomb,
 * damaged PDF) is no evidence even for an item that asks nothing of its
 * content: the auditor could not open it either.  Encrypted files, scans
 * without a text layer and legacy files without a helper are intact
 * documents we merely cannot read.
 */
static bool
unreadable(enum extract_status st)
{
	return st == EXTRACT_CORRUPT || st == EXTRACT_IO ||
	    st == EXTRACT_LIMIT || st == EXTRACT_TIMEOUT;
}

static bool
item_has_content(const struct rule_item *it)
{
	return it->content_all.n > 0 || it->content_any.n > 0 ||
	    it->name_any.n > 0;
}

/*
 * A notice filed as a folder named by its number (嘉人社信〔2025〕23号/)
 * holding the notice (正文.docx) and what it issues (附件1：运维事件管理
 * 细则.docx): the attachment is issued by that notice, whose number is
 * in the folder's name, not in the attachment's own.
 */
static bool
attachment_folder_issues(struct rule_matcher *mt, const struct rule_item *it,
    const char *path, const char *base)
{
	const char *dir, *slash;

	if (strncmp(base, "附件", strlen("附件")) != 0 || base == path)
		return false;
	/* base - 1 is the '/' before it; the folder starts after the one
	 * before that, or at the path's start. */
	slash = memrchr(path, '/', (size_t)(base - 1 - path));
	dir = slash != NULL ? slash + 1 : path;
	return base - 1 > dir && rule_patterns_first_match(mt, &it->name_any,
	    dir, (size_t)(base - 1 - dir)) >= 0;
}

/*
 * content_any, or name_any over the file's own name: an issued edition
 * may say it is issued only in its name (应急预案（2025年修订）), not in
 * its text.  Only the last path component, without its extension: a
 * folder 2025年版/ also holds the drafts of that edition.
 */
static bool
any_holds(struct rule_matcher *mt, const struct rule_item *it,
    const struct classify_input *in)
{
	const char *base;
	size_t len;

	if (it->content_any.n == 0 && it->name_any.n == 0)
		return true;
	if (it->content_any.n > 0 && rule_patterns_first_match(mt,
	    &it->content_any, in->text, in->text_len) >= 0)
		return true;
	if (it->name_any.n == 0 || in->path == NULL)
		return false;
	classify_base_name(in->path, &base, &len);
	if (rule_patterns_first_match(mt, &it->name_any, base, len) >= 0)
		return true;
	return attachment_folder_issues(mt, it, in->path, base);
}

/*
 * Content requirements.  Returns true when they hold; otherwise the
 * reason names the first pattern that failed, or why there is no text.
 */
static bool
content_holds(struct rule_matcher *mt, const struct rule_item *it,
    const struct classify_input *in, struct item_match *m)
{
	char why[CLASSIFY_REASON_MAX];
	size_t i;

	if (in->text == NULL) {
		if (in->text_status != EXTRACT_OK)
			set_reason(m, "content not verified: unreadable: %s",
			    extract_reason_text(in->text_status,
			    in->text_reason, why, sizeof(why)));
		else
			set_reason(m, "content not verified: no text");
		return false;
	}
	for (i = 0; i < it->content_all.n; i++) {
		int hit = rule_pattern_match(mt, &it->content_all.v[i],
		    in->text, in->text_len, NULL, NULL);

		if (hit < 0)
			set_reason(m, "content not verified: /%s/: %s",
			    it->content_all.v[i].source,
			    rule_match_strerror(hit));
		if (hit != 1) {
			partial_text_reason(in, m);
			set_reason(m, "content lacks required /%s/",
			    it->content_all.v[i].source);
			return false;
		}
	}
	if (!any_holds(mt, it, in)) {
		partial_text_reason(in, m);
		if (it->content_any.n == 0)
			set_reason(m, "the name matches none of %zu name_any "
			    "patterns (first: /%s/)", it->name_any.n,
			    it->name_any.v[0].source);
		else
			set_reason(m, "content matches none of %zu content_any "
			    "patterns (first: /%s/)%s", it->content_any.n,
			    it->content_any.v[0].source, it->name_any.n > 0 ?
			    ", nor the name a name_any pattern" : "");
		return false;
	}
	/* Partial text that matches still counts: what was read says what
	 * the form asks for. */
	return true;
}

/*
 * Judge one item on one input: a whole file, or one of its sections, in
 * which case outer_title is the file's own title.  An exclusion holds for
 * the document's title as well as the section's heading: the sheet 更新记录
 * of a 配置项更新维护记录 is an update of configuration items, which the
 * device upgrades' item excludes, whatever the sheet is called.
 */
static void
classify_item(struct rule_matcher *mt, const struct rule_item *it,
    const struct classify_input *in, const struct ident *id,
    const char *outer_title, unsigned flags, struct item_match *m,
    bool *keep)
{
	char content_why[CLASSIFY_REASON_MAX], why[CLASSIFY_REASON_MAX];
	bool identified, type_ok, kind_ok, content_ok = true, by_head = false;

	memset(m, 0, sizeof(*m));
	m->item = it;
	*keep = false;

	m->name_pattern = candidate_hit(mt, &it->name, id->path,
	    strlen(id->path), id->cand);
	/* A section is the item its heading names, whatever the file is
	 * called: the sheet 可用性计划 of 可用性计划事件报告.xlsx is the plan,
	 * though the workbook's name (a record's) matched the plan's name
	 * pattern and failed on its kind. */
	if ((m->name_pattern == NULL || (flags & CLASSIFY_SECTION)) &&
	    id->title != NULL)
		m->title_pattern = candidate_hit(mt, &it->title, id->title,
		    strlen(id->title), id->cand);
	if (m->name_pattern == NULL && m->title_pattern == NULL &&
	    id->head != NULL) {
		m->title_pattern = candidate_hit(mt, &it->title, id->head,
		    id->head_len, id->cand);
		by_head = m->title_pattern != NULL;
	}
	/* Last, an export's name as its title, for items whose kinds
	 * take a record. */
	if (m->name_pattern == NULL && m->title_pattern == NULL &&
	    id->export != NULL && (it->kinds == 0 ||
	    (it->kinds & EV_KIND_RECORD)))
		m->title_pattern = candidate_hit(mt, &it->title, id->export,
		    strlen(id->export), id->cand);
	identified = m->name_pattern != NULL || m->title_pattern != NULL;
	if (m->name_pattern != NULL)
		m->matched_by |= MATCH_NAME;
	if (m->title_pattern != NULL)
		m->matched_by |= MATCH_TITLE;

	if (!identified && !(flags & CLASSIFY_NEAR_CONTENT))
		return;
	if (!identified && !item_has_content(it))
		return;

	type_ok = (it->types & in->typeclass) != 0;
	if (type_ok)
		m->matched_by |= MATCH_TYPE;
	/* An unknown kind (附件2.docx, nothing in its head) is not held
	 * against it; a known one must be one the item accepts. */
	kind_ok = id->kind == 0 || it->kinds == 0 ||
	    ((id->kind | id->joined) & it->kinds);

	m->excluded_by = first_hit(mt, &it->exclude, in->path, strlen(in->path));
	if (m->excluded_by == NULL && in->title != NULL)
		m->excluded_by = first_hit(mt, &it->exclude, in->title,
		    strlen(in->title));
	if (m->excluded_by == NULL && outer_title != NULL)
		m->excluded_by = first_hit(mt, &it->exclude, outer_title,
		    strlen(outer_title));
	/* Identified by its head (Book1.xlsx whose first sheet is 更新记录):
	 * the head is its title, exclusions included (配置项更新维护记录). */
	if (m->excluded_by == NULL && by_head)
		m->excluded_by = first_hit(mt, &it->exclude, id->head,
		    in->typeclass == EV_TYPE_SPREADSHEET ? id->head_len :
		    utf8_chars_len(id->head, id->head_len, HEAD_EXCLUDE_CHARS));

	/* The content's reason comes last: "truncated upload" or "template"
	 * says more than "lacks /驻场/". */
	content_why[0] = '\0';
	if (item_has_content(it)) {
		struct item_match cm;

		cm.reason[0] = '\0';
		content_ok = content_holds(mt, it, in, &cm);
		if (content_ok)
			m->matched_by |= MATCH_CONTENT;
		memcpy(content_why, cm.reason, sizeof(content_why));
	}

	if (!identified) {
		/* Only interesting when the content says it is this item. */
		if (!content_ok)
			return;
		set_reason(m, "content matches, but neither name nor title "
		    "identifies it as %s", it->label);
	}
	if (in->empty)
		set_reason(m, "empty file");
	if (unreadable(in->text_status))
		set_reason(m, "unreadable: %s", extract_reason_text(
		    in->text_status, in->text_reason, why, sizeof(why)));
	if (m->excluded_by != NULL)
		set_reason(m, "excluded by /%s/", m->excluded_by);
	if (!kind_ok) {
		char buf[128];

		set_reason(m, "a %s, not what this item accepts (kinds: %s)",
		    ev_kind_name(id->kind), ev_kind_mask_str(it->kinds, buf,
		    sizeof(buf)));
	}
	if (!type_ok) {
		char buf[128];

		set_reason(m, "type %s not accepted (accepts: %s)",
		    ev_typeclass_name(in->typeclass),
		    ev_typeclass_mask_str(it->types, buf, sizeof(buf)));
	}
	if (!content_ok)
		set_reason(m, "%s", content_why);
	m->counts = identified && type_ok && kind_ok && !in->empty &&
	    !unreadable(in->text_status) && m->excluded_by == NULL &&
	    content_ok;
	if (m->counts)
		m->reason[0] = '\0';
	*keep = true;
}

struct candidate_arg {
	struct rule_matcher *mt;
	const char *s;
	size_t len;
	bool valid;     /* a match found s valid UTF-8 */
};

static int
candidate_matches(const void *pattern, void *arg)
{
	struct candidate_arg *a = arg;
	int rc = (a->valid ? rule_pattern_match_checked :
	    rule_pattern_match)(a->mt, pattern, a->s, a->len, NULL, NULL);

	a->valid |= rc == 0;
	return rc != 0;
}

/*
 * Can some pattern of the union u match subject?  The prefilter leaves
 * out every pattern whose literals the subject lacks and runs the few
 * others; without one, the union runs.  A match that fails (match limit)
 * proves nothing: then the items are tried.
 */
static bool
union_may_match(const struct prefilter *pf, const struct rule_pattern *u,
    struct rule_matcher *mt, const char *s, size_t len)
{
	struct candidate_arg a = { mt, s, len, false };

	if (pf != NULL)
		return prefilter_each_candidate(pf, s, len, candidate_matches,
		    &a) != 0;
	return rule_pattern_match(mt, u, s, len, NULL, NULL) != 0;
}

/*
 * Can any item identify this file?  False only when the ruleset's unions
 * of all name and all title patterns both miss: most files on a share are
 * no evidence, and this is one match each instead of hundreds.
 */
static bool
subjects_maybe_identified(const struct ruleset *rs, struct rule_matcher *mt,
    const char *path, const char *title, const char *export,
    const char *head, size_t head_len)
{
	if (rs->any_name.n == 0 || rs->any_title.n == 0)
		return true;
	if (union_may_match(rs->name_prefilter, &rs->any_name.v[0], mt,
	    path, strlen(path)))
		return true;
	if (title != NULL && union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, title, strlen(title)))
		return true;
	if (export != NULL && union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, export, strlen(export)))
		return true;
	return head != NULL && union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, head, head_len);
}

static bool
maybe_identified(const struct ruleset *rs, struct rule_matcher *mt,
    const struct ident *id)
{
	return subjects_maybe_identified(rs, mt, id->path, id->title,
	    id->export, id->head, id->head_len);
}

/*
 * s[0..len) with citations blanked, as ident_prepare() makes it: s itself
 * when it cites nothing (*owned NULL), else a copy in *owned.  0 or
 * -ENOMEM.
 */
static int
blanked_subject(const char *s, size_t len, const char **out, char **owned)
{
	*owned = NULL;
	*out = s;
	if (!cites_anything(s, len))
		return 0;
	if ((*owned = blank_citations(s, len)) == NULL)
		return -ENOMEM;
	*out = *owned;
	return 0;
}

enum quick_answer { QUICK_NONE, QUICK_MAYBE, QUICK_UNSURE };

static int add_candidate(const void *pattern, void *arg);
static void cands_seal(struct cands *c);

/*
 * subjects_maybe_identified() with the prefilters (title and head may
 * be NULL; no export), and ident_candidates() of the same subjects in
 * the same pass: each subject is scanned once for both.  *cand: the
 * sealed set when the answer is QUICK_MAYBE, else NULL.  With
 * raw_head, head is the text's own, its citations not blanked yet: when
 * it has candidates and cites something, it is blanked (*own_head, the
 * caller frees) and scanned again.  0 or -ENOMEM.
 */
static int
quick_candidates(const struct ruleset *rs, struct rule_matcher *mt,
    const char *path, const char *title, const char *head, size_t head_len,
    bool raw_head, char **own_head, enum quick_answer *ans,
    struct cands **cand)
{
	const char *subj[3] = { path, title, head };
	size_t len[3], end[3], j, k = 0, first;
	bool valid;
	/* On the stack: most files have no candidate, or none that
	 * matches, and keep nothing. */
	struct cands cs = { NULL, 0, 0 }, *c = &cs;

	len[0] = strlen(path);
	len[1] = title != NULL ? strlen(title) : 0;
	len[2] = head_len;
	for (j = 0; j < 3; j++) {
		if (subj[j] != NULL)
			prefilter_each_candidate(j == 0 ? rs->name_prefilter :
			    rs->title_prefilter, subj[j], len[j], add_candidate,
			    c);
		/* The candidates of the raw head are those of the head
		 * blanked when there is nothing to blank, and none are
		 * when it has none (quick_identify()). */
		if (j == 2 && raw_head && c->n > end[1] &&
		    cites_anything(head, head_len)) {
			c->n = end[1];
			if ((*own_head = blank_citations(head,
			    head_len)) == NULL) {
				g_free(c->v);
				return -ENOMEM;
			}
			subj[2] = *own_head;
			len[2] = strlen(*own_head);
			prefilter_each_candidate(rs->title_prefilter, subj[2],
			    len[2], add_candidate, c);
		}
		end[j] = c->n;
	}
	/* A match that fails (match limit) proves nothing, as in
	 * union_may_match().  A subject valid UTF-8 (utf8_valid() says
	 * what pcre2 would, at a fraction of its cost on a text head), or
	 * after a first "no", is not checked by pcre2 again. */
	*ans = QUICK_NONE;
	for (j = 0; j < 3 && *ans == QUICK_NONE; j++)
		for (first = k, valid = k < end[j] && utf8_valid(subj[j],
		    len[j]); k < end[j]; k++)
			if ((k == first && !valid ? rule_pattern_match :
			    rule_pattern_match_checked)(mt, c->v[k], subj[j],
			    len[j], NULL, NULL) != 0) {
				*ans = QUICK_MAYBE;
				break;
			}
	if (*ans == QUICK_MAYBE) {
		cands_seal(c);
		*cand = g_memdup2(c, sizeof(*c));
	} else {
		g_free(c->v);
	}
	return 0;
}

/*
 * maybe_identified() of the whole file, for a file without sections that
 * is no workbook (the common case: classify_file() then has nothing to
 * judge when it says no), without ident_prepare()'s copies and kind
 * words: the same subjects, borrowed from the input where blanking
 * citations and table cells would change nothing.  *ans QUICK_NONE:
 * nothing identifies the file; QUICK_MAYBE: maybe_identified() would say
 * true (*cand: ident_candidates() of the file); QUICK_UNSURE: not asked
 * (sections, a workbook, CLASSIFY_NEAR_CONTENT, rules without
 * prefilters).  0 or -ENOMEM.
 */
static int
quick_identify(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags, enum quick_answer *ans,
    struct cands **cand)
{
	const char *path, *title = NULL, *head = NULL;
	char *own_path = NULL, *own_title = NULL, *own_head = NULL;
	char *issued = NULL, *built = NULL;
	size_t head_len = 0;
	bool raw = false;
	int rc = 0;

	*ans = QUICK_UNSURE;
	*cand = NULL;
	if ((flags & CLASSIFY_NEAR_CONTENT) || in->n_sections > 0 ||
	    in->typeclass == EV_TYPE_SPREADSHEET ||
	    rs->name_prefilter == NULL || rs->title_prefilter == NULL ||
	    rs->any_name.n == 0 || rs->any_title.n == 0)
		return 0;
	if ((rc = blanked_subject(in->path, strlen(in->path), &path,
	    &own_path)) < 0)
		goto done;
	/* The title a notice issues is the file's (ident_prepare()). */
	if ((issued = classify_issued_title(in)) != NULL)
		title = issued;
	else if (in->title != NULL && (rc = blanked_subject(in->title,
	    strlen(in->title), &title, &own_title)) < 0)
		goto done;
	if (in->text != NULL) {
		/* text_head() is the text's start unless a table starts
		 * in it or it holds a NUL. */
		head_len = utf8_head_len(in->text, in->text_len,
		    TITLE_HEAD_BYTES);
		head = in->text;
		if ((in->n_tables > 0 && in->tables[0].start < head_len) ||
		    memchr(in->text, '\0', head_len) != NULL) {
			if ((built = text_head(in, TITLE_HEAD_BYTES)) == NULL) {
				rc = -ENOMEM;
				goto done;
			}
			head = built;
			head_len = strlen(built);
		}
		/* Blanking citations keeps each character or puts '_' in
		 * its place, and a newline outside 《》 stays one: with no
		 * 《 on its first line the head blanked has the same first
		 * line, and no candidate in it when the raw one has none
		 * (no literal holding '_').  Most heads: they are not looked
		 * for citations in all 2 KiB unless they have one. */
		raw = built == NULL &&
		    !prefilter_literal_byte(rs->title_prefilter, '_') &&
		    !holds_open_quote(head, first_line_len(head, head_len));
		if (!raw && (rc = blanked_subject(head, head_len, &head,
		    &own_head)) < 0)
			goto done;
		if (own_head != NULL)
			head_len = strlen(own_head);
	}
	rc = quick_candidates(rs, mt, path, title, head, head_len, raw,
	    &own_head, ans, cand);
done:
	g_free(own_path);
	g_free(own_title);
	g_free(own_head);
	g_free(issued);
	g_free(built);
	return rc;
}

/*
 * Can nothing identify this file, as maybe_identified() would find after
 * ident_prepare()?  Asked of the raw subjects, before any copy is made:
 * the path (with the name patterns; with the title patterns too, for the
 * title a notice in its name issues), the title and the text's first
 * TITLE_HEAD_BYTES.  The subjects ident_prepare() makes are these with
 * citations blanked to '_' and table cells to ' ' (or a title a notice
 * issues, cut from the name, the title or the text's start): when no
 * literal holds '_' (nor ' ', when a table starts in the head), what
 * they hold the raw ones hold, and no candidate in the raw ones means
 * none in them (text_head() also drops NUL bytes: a head with one takes
 * the long way).  A workbook's (its head
 * starts with its sheet's name, its export title is made up) and a file
 * with sections (each is judged on its own) take the long way; so does
 * everything when the rules have no prefilter.  False also when unsure.
 */
static bool
nothing_identifies(const struct ruleset *rs, const struct classify_input *in)
{
	const struct prefilter *np = rs->name_prefilter,
	    *tp = rs->title_prefilter;
	size_t head = in->text != NULL ? utf8_head_len(in->text, in->text_len,
	    TITLE_HEAD_BYTES) : 0;

	if (np == NULL || tp == NULL || rs->any_name.n == 0 ||
	    rs->any_title.n == 0 || in->n_sections > 0 ||
	    in->typeclass == EV_TYPE_SPREADSHEET ||
	    prefilter_literal_byte(np, '_') || prefilter_literal_byte(tp, '_') ||
	    (in->n_tables > 0 && in->tables[0].start < head &&
	    prefilter_literal_byte(tp, ' ')) ||
	    (head > 0 && memchr(in->text, '\0', head) != NULL))
		return false;
	if (prefilter_any_candidate(np, in->path, strlen(in->path)) ||
	    (in->text != NULL &&
	    prefilter_any_candidate(tp, in->path, strlen(in->path))) ||
	    (in->title != NULL &&
	    prefilter_any_candidate(tp, in->title, strlen(in->title))))
		return false;
	return in->text == NULL || !prefilter_any_candidate(tp, in->text, head);
}

static void
ident_clear(struct ident *id)
{
	g_free(id->path);
	g_free(id->title);
	g_free(id->head);
	g_free(id->export);
	cands_free(id->cand);
	memset(id, 0, sizeof(*id));
}

/*
 * A tool's export (安全设备日常巡检_2026-05.xlsx, 服务台岗位培训_20260930.xlsx)
 * has no title row: its rows start under the header.  A workbook with
 * data rows is then the record of what its file name says, the way a
 * sheet with rows is the record of its sheet name: the name without its
 * date or number, and 记录.  NULL when it is no such workbook (or on
 * ENOMEM, which only loses the title).
 */
static char *
export_title(const struct classify_input *in)
{
	const char *b;
	char *blank, *t = NULL, *norm = NULL, *title = NULL;
	size_t len, i, nlen;
	bool rows = false;

	if (in->typeclass != EV_TYPE_SPREADSHEET)
		return NULL;
	for (i = 0; i < in->n_sections && !rows; i++)
		rows = in->sections[i].kind == DOC_SECTION_COLUMN &&
		    in->sections[i].has_data_rows;
	if (!rows)
		return NULL;
	classify_base_name(in->path, &b, &len);
	/* 2026-05, _20260930, (1), V1.2: the period or copy, not the name. */
	while (len > 0 && strchr("0123456789_-. ()vV", b[len - 1]) != NULL)
		len--;
	if (len == 0 || (blank = blank_citations(b, len)) == NULL)
		return NULL;
	/* The ident owns its title as GLib memory. */
	if ((t = g_strconcat(blank, "记录", NULL)) != NULL &&
	    textnorm_normalize(t, strlen(t), &norm, &nlen) == 0) {
		title = g_strndup(norm, nlen);
		free(norm);
	}
	g_free(blank);
	g_free(t);
	return title;
}

/*
 * The title region: the text's first 2 KiB, or for a spreadsheet only
 * its first characters (sheet name, title row), never the cells below.
 */
static int
ident_prepare(const struct classify_input *in, bool whole, struct ident *id)
{
	size_t len;

	memset(id, 0, sizeof(*id));
	/* The title of the document a notice issues is this file's title;
	 * a section's is its heading, even when the notice's front matter
	 * is the start of its text. */
	if (whole)
		id->title = classify_issued_title(in);
	id->kind = kind_of_input(in, id->title);
	if ((id->path = blank_citations(in->path, strlen(in->path))) == NULL)
		goto oom;
	if (whole && id->kind != 0)
		id->joined = classify_joined_kind(in);
	if (id->title == NULL && in->title != NULL &&
	    (id->title = blank_citations(in->title, strlen(in->title))) ==
	    NULL)
		goto oom;
	if (whole && id->title == NULL && (id->kind == 0 ||
	    id->kind == EV_KIND_RECORD))
		id->export = export_title(in);
	if (in->text != NULL && in->typeclass == EV_TYPE_SPREADSHEET) {
		/* The title region, before the sheet's table (header row
		 * and the rows under it are cells: mentions). */
		char *head = text_head(in, TITLE_HEAD_BYTES);

		if (head == NULL)
			goto oom;
		len = sheet_title_len(head, strlen(head));
		id->head = blank_citations(head, len);
		g_free(head);
		if (id->head == NULL)
			goto oom;
		id->head_len = strlen(id->head);
	} else if (in->text != NULL) {
		char *head = text_head(in, TITLE_HEAD_BYTES);

		if (head == NULL)
			goto oom;
		id->head = blank_citations(head, strlen(head));
		g_free(head);
		if (id->head == NULL)
			goto oom;
		id->head_len = strlen(id->head);
	}
	return 0;
oom:
	ident_clear(id);
	return -ENOMEM;
}

void
file_match_clear(struct file_match *m)
{
	free(m->clause_id);
	free(m->item_id);
	free(m->name_pattern);
	free(m->title_pattern);
	free(m->excluded_by);
	free(m->reason);
	free(m->section);
	memset(m, 0, sizeof(*m));
}

void
file_matches_free(struct file_match *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && v != NULL; i++)
		file_match_clear(&v[i]);
	free(v);
}

static int
opt_strdup(char **dst, const char *src)
{
	*dst = NULL;
	if (src == NULL)
		return 0;
	return (*dst = strdup(src)) != NULL ? 0 : -ENOMEM;
}

/* The id-keyed, self-owned form of m; section is the label of the
 * section that matched, or NULL. */
static int
export_match(const struct item_match *m, const char *section,
    struct file_match *out)
{
	memset(out, 0, sizeof(*out));
	if (opt_strdup(&out->section, section) < 0)
		return -ENOMEM;
	out->counts = m->counts;
	out->matched_by = m->matched_by;
	if (opt_strdup(&out->clause_id, m->item->clause->id) < 0 ||
	    opt_strdup(&out->item_id, m->item->id) < 0 ||
	    opt_strdup(&out->name_pattern, m->name_pattern) < 0 ||
	    opt_strdup(&out->title_pattern, m->title_pattern) < 0 ||
	    opt_strdup(&out->excluded_by, m->excluded_by) < 0 ||
	    opt_strdup(&out->reason, m->counts ? NULL : m->reason) < 0) {
		file_match_clear(out);
		return -ENOMEM;
	}
	return 0;
}

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
	    "设计" };
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
	    utf8_chars_len(in->text, in->text_len, MINUTES_HEAD_CHARS),
	    "纪要") != NULL;
}

/* Does sheet i have a column with data rows under its header? */
static bool
sheet_has_rows(const struct doc_section *v, size_t n, size_t i)
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
	    v[i + 1].kind == DOC_SECTION_COLUMN && !sheet_has_rows(v, n, i);
}

/*
 * Is the file a workbook whose every sheet is only a header row (a blank
 * form, FM-CIM-021 服务器周PM点检表 filed under FM表单/)?  It records
 * nothing, whatever its name says.  A sheet whose header row was not
 * found (a report laid out in cells) may hold anything: not blank.
 */
static bool
workbook_is_blank(const struct classify_input *in)
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

static int
blank_labels(const struct classify_input *in, char **out)
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
		k = kind_of_words(v[j].heading, strlen(v[j].heading));
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
		*out = g_strdup_printf("%s %.*s", t, (int)sheet_title_len(
		    in->text + sec->start, sec->end - sec->start),
		    in->text + sec->start);
		free(t);
		*len = strlen(*out);
		return 0;
	}
	if (sec->kind == DOC_SECTION_HEADING && file_kind == EV_KIND_RECORD &&
	    !names_a_document_or_promise(sec->heading) && minutes &&
	    kind_of_words(sec->heading, strlen(sec->heading)) == 0)
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

/* One section to judge: its input (title = the heading) and label. */
struct section_pass {
	struct classify_input in;
	enum doc_section_kind kind;
	char *title;            /* normalised heading, owned */
	char *label;            /* owned */
	char *text;             /* front matter + section text, owned, or
				   NULL (in.text points into the file's) */
	size_t suffix_len;      /* a chapter: title is the heading + this
				   many bytes of chapter_suffix() */
	bool agreed;            /* an agenda item of minutes in which
				   both parties agreed */
	bool typed;             /* a sheet with data rows named for a kind
				   of work some item's rows take (版本升级,
				   病毒库升级及查杀): sheets_typed() */
	bool row;               /* a log's rows of one type: title is the
				   type + CHAPTER_RECORD (row_type_passes) */
	bool empty;             /* a sheet that is only a header: proves
				   nothing (place_is_empty) */
};

/*
 * A chapter identifies an item only as what chapter_suffix() makes it:
 * 第五章 应急响应 is the 应急响应流程, but 第二章 职责分工, which a role
 * list's title matches without the 流程, is a topic of the 办法, not a
 * 角色清单 of its own.
 */
static bool
chapter_names_other(struct rule_matcher *mt, const struct rule_item *it,
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
	return first_hit(mt, &it->title, p->title, bare) != NULL;
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
		front = utf8_head_len(in->text, front, FRONT_MATTER_MAX);
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
	p->in.sections = NULL;
	p->in.n_sections = 0;
	p->in.tables = NULL;    /* offsets of the whole text */
	p->in.n_tables = 0;
	if (in->text == NULL || sec->end > in->text_len)
		return 0;
	return section_text(in, sec, p);
}

static void
section_passes_free(struct section_pass *v, size_t n)
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
			if (first_hit(mt, &rs->clauses[c].items[i].rows, t,
			    len) != NULL)
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
 * say so (`chapters = yes`, chapter_names_other()).  For every item, a
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
	    kind_of_words(sec->heading, strlen(sec->heading)) != 0)
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
	    (rs->any_title.n > 0 && !union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, p->title, len))) {
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
 * (blank_labels(); blanked is NULL when nothing is), as the whole file's
 * do: the column 改进机会 of a 台账 whose column 优先级 is empty has
 * ranked nothing.  0 or -ENOMEM.
 */
static int
section_passes(const struct ruleset *rs, struct rule_matcher *mt,
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
		    column_is_reference(sec->heading)))
			continue;
		empty = sheet_is_header_only(in->sections, in->n_sections, i);
		/* A log's sheet: its rows by type, first.  Not a list's
		 * (a role list's 职责 column says 巡检 and 病毒查杀 too); a
		 * workbook of no known kind (routine_tasks_export.xlsx) is
		 * a log when a column says it types its rows (任务类型). */
		if (sec->kind == DOC_SECTION_SHEET &&
		    (file_kind == EV_KIND_RECORD || (file_kind == 0 &&
		    sheet_has_type_column(in, i))) &&
		    sheet_has_rows(in->sections, in->n_sections, i) &&
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
		if (rs->any_title.n > 0 && !union_may_match(rs->title_prefilter,
		    &rs->any_title.v[0], mt, p->title, len)) {
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
	section_passes_free(v, k < cap ? k + 1 : k);
	return rc;
}

static void
idents_free(struct ident *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		ident_clear(&v[i]);
	free(v);
}

static int
add_candidate(const void *pattern, void *arg)
{
	struct cands *c = arg;

	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->v = g_renew(const void *, c->v, c->cap);
	}
	c->v[c->n++] = pattern;
	return 0;
}

static int
cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(const void *const *)a;
	uintptr_t y = (uintptr_t)*(const void *const *)b;

	return x < y ? -1 : x > y;
}

/* Sort c and drop duplicates: a set candidate_hit() can search. */
static void
cands_seal(struct cands *c)
{
	size_t i, k = 0;

	if (c->n > 1)
		qsort(c->v, c->n, sizeof(c->v[0]), cmp_ptr);
	for (i = 0; i < c->n; i++)
		if (k == 0 || c->v[i] != c->v[k - 1])
			c->v[k++] = c->v[i];
	c->n = k;
}

/*
 * Which name and title patterns could match id's subjects: a file that
 * may be identified is tried against every item, and most items' patterns
 * need literals it does not hold.
 */
static void
ident_candidates(const struct ruleset *rs, struct ident *id)
{
	if (rs->name_prefilter == NULL || rs->title_prefilter == NULL)
		return;
	id->cand = g_new0(struct cands, 1);
	prefilter_each_candidate(rs->name_prefilter, id->path,
	    strlen(id->path), add_candidate, id->cand);
	if (id->title != NULL)
		prefilter_each_candidate(rs->title_prefilter, id->title,
		    strlen(id->title), add_candidate, id->cand);
	if (id->head != NULL)
		prefilter_each_candidate(rs->title_prefilter, id->head,
		    id->head_len, add_candidate, id->cand);
	if (id->export != NULL)
		prefilter_each_candidate(rs->title_prefilter, id->export,
		    strlen(id->export), add_candidate, id->cand);
	cands_seal(id->cand);
}

/* Does section pass p's title name item it (and not one it excludes)? */
static bool
pass_titled_for(struct rule_matcher *mt, const struct rule_item *it,
    const struct section_pass *p)
{
	size_t len = strlen(p->title);

	return first_hit(mt, &it->title, p->title, len) != NULL &&
	    first_hit(mt, &it->exclude, p->title, len) == NULL;
}

/*
 * Marks the sheets with data rows whose names are a kind of work some
 * item's `rows` take (版本升级, 病毒库升级及查杀): a workbook with two or
 * more of them is typed by its sheets (rows_say_none()).
 */
static void
sheets_typed(const struct ruleset *rs, struct rule_matcher *mt,
    struct section_pass *sp, size_t nsp)
{
	size_t s, c, i;

	for (s = 0; s < nsp; s++) {
		const struct section_pass *p = &sp[s];
		size_t len = strlen(p->title) - p->suffix_len;

		if (p->row || p->empty || p->kind != DOC_SECTION_SHEET)
			continue;
		for (c = 0; c < rs->n_clauses && !sp[s].typed; c++)
			for (i = 0; i < rs->clauses[c].n_items; i++) {
				const struct rule_item *it =
				    &rs->clauses[c].items[i];

				if (it->rows.n > 0 && first_hit(mt, &it->rows,
				    p->title, len) != NULL) {
					sp[s].typed = true;
					break;
				}
			}
	}
}

/*
 * A log whose rows are typed (two types or more that items take) and
 * none of them the item's: returns the number of types, else 0.
 */
static size_t
rows_say_none(struct rule_matcher *mt, const struct rule_item *it,
    const struct section_pass *sp, size_t nsp)
{
	size_t s, types = 0, sheets = 0;

	if (it->rows.n == 0)
		return 0;
	for (s = 0; s < nsp; s++) {
		if (!sp[s].row)
			continue;
		types++;
		if (first_hit(mt, &it->rows, sp[s].title, strlen(sp[s].title) -
		    sp[s].suffix_len) != NULL)
			return 0;
	}
	if (types >= 2)
		return types;
	/* A workbook that keeps a sheet per kind of work (巡视检查, 病毒库
	 * 升级及查杀, 版本升级) is typed by its sheets as a log by its rows:
	 * with none of them this item's, nor any sheet its title names (缺陷
	 * 及消缺 for the faults), it keeps no record of this work, whatever
	 * the workbook is called.  One sheet's rows of a single type (its
	 * sheet 升级 typed 特征库升级) make no typed log, but do not untype
	 * the workbook's sheets either. */
	for (s = 0; s < nsp; s++) {
		if (sp[s].row || sp[s].empty ||
		    sp[s].kind != DOC_SECTION_SHEET)
			continue;
		if (first_hit(mt, &it->rows, sp[s].title, strlen(sp[s].title) -
		    sp[s].suffix_len) != NULL || pass_titled_for(mt, it, &sp[s]))
			return 0;
		if (sp[s].typed)
			sheets++;
	}
	return sheets >= 2 ? sheets : 0;
}

/*
 * A workbook keeps each kind of record in its own place: a sheet named
 * for it, or a log's rows of its type.  When that place is empty, the
 * workbook's name does not prove the item: a 维护记录本 whose 日常维护
 * sheet is only a header, or a 维护作业记录 whose rows are typed
 * (状态检查, 病毒查杀, 版本升级) and none of them maintenance, keeps no
 * maintenance record.  One type alone makes no typed log (a 处理结果
 * cell 升级).  Fills why and returns true when the place is empty.
 */
static bool
place_is_empty(struct rule_matcher *mt, const struct rule_item *it,
    const struct section_pass *sp, size_t nsp, size_t types, char *why,
    size_t whysz)
{
	const char *blank = NULL;
	size_t s;

	/* The rows first (types: rows_say_none()'s answer): a log's sheet
	 * named 维护保养记录 whose rows are all 巡检, 病毒库更新及查杀 and
	 * 版本升级 keeps no maintenance, whatever the sheet is called. */
	if (types > 0) {
		snprintf(why, whysz, "a log of %zu kinds of work (its "
		    "rows' types or its sheets), none of them this item's",
		    types);
		return true;
	}
	for (s = 0; s < nsp; s++) {
		if (sp[s].row && it->rows.n > 0 && first_hit(mt, &it->rows,
		    sp[s].title, strlen(sp[s].title) - sp[s].suffix_len) !=
		    NULL)
			return false;
		if (sp[s].row || sp[s].kind != DOC_SECTION_SHEET ||
		    !pass_titled_for(mt, it, &sp[s]))
			continue;
		if (!sp[s].empty)
			return false;
		blank = sp[s].label;
	}
	if (blank != NULL) {
		snprintf(why, whysz, "its %s is only a header", blank);
		return true;
	}
	return false;
}

int
classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct file_match **matches, size_t *n)
{
	struct file_match *out = NULL, *tmp;
	struct item_match m, sm, best;
	struct section_pass *sp = NULL;
	struct ident id, *sid = NULL;
	struct classify_input whole_in;
	const char *best_label, *outer;
	char *blanked = NULL;
	size_t nout = 0, cap = 0, nsp = 0, c, i, s, types_none;
	bool keep, skeep, whole, blank_form;
	enum quick_answer quick;
	struct cands *qcand = NULL;
	char *blank, why[CLASSIFY_REASON_MAX];
	int rc = 0;

	*matches = NULL;
	*n = 0;
	/* Most files on a share are no evidence: they are let go before
	 * the copies and kind words of their identification. */
	if ((rc = quick_identify(rs, mt, in, flags, &quick, &qcand)) < 0)
		return rc;
	if (quick == QUICK_NONE || (quick == QUICK_UNSURE &&
	    !(flags & CLASSIFY_NEAR_CONTENT) && nothing_identifies(rs, in)))
		return 0;
	if (ident_prepare(in, true, &id) < 0) {
		cands_free(qcand);
		return -ENOMEM;
	}
	/* The candidates quick_identify() found in the same subjects. */
	id.cand = qcand;
	if ((rc = blank_labels(in, &blanked)) < 0 ||
	    (rc = section_passes(rs, mt, in, blanked, id.kind, &sp, &nsp)) < 0)
		goto fail;
	sheets_typed(rs, mt, sp, nsp);
	/* Each section is identified by its heading alone, never by the
	 * start of its text, and has a kind of its own: a plan's chapter in
	 * a manual of procedures is a plan. */
	if (nsp > 0 && (sid = calloc(nsp, sizeof(*sid))) == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	for (s = 0; s < nsp; s++) {
		if (ident_prepare(&sp[s].in, false, &sid[s]) < 0) {
			rc = -ENOMEM;
			goto fail;
		}
		free(sid[s].head);
		sid[s].head = NULL;
		sid[s].head_len = 0;
		ident_candidates(rs, &sid[s]);
		if (sp[s].in.title != NULL &&
		    (blank = blank_citations(sp[s].in.title,
		    strlen(sp[s].in.title))) != NULL) {
			unsigned k = kind_of_words(blank, strlen(blank));

			g_free(blank);
			/* A plan's or a procedure's chapter that names a
			 * report (三、可用性监测与报告) says how it is made:
			 * it stays the document's kind.  Not in a document
			 * that is a record too (总结及计划). */
			if (k == EV_KIND_RECORD &&
			    sp[s].kind == DOC_SECTION_HEADING &&
			    (id.kind & (EV_KIND_PLAN | EV_KIND_PROCEDURE)) &&
			    !(id.kind & EV_KIND_RECORD))
				k = id.kind;
			if (k != 0)
				sid[s].kind = k;
		}
		/* A column holds a field of rows: it is a record (or the
		 * list its workbook is), never a plan, a procedure or an
		 * agreement because its header reads 改进计划 or SLA要求
		 * (each row's requirement, not the agreement). */
		if (sp[s].kind == DOC_SECTION_COLUMN && (sid[s].kind == 0 ||
		    (sid[s].kind & (EV_KIND_PLAN | EV_KIND_PROCEDURE |
		    EV_KIND_AGREEMENT | EV_KIND_NOTICE))))
			sid[s].kind = EV_KIND_RECORD;
		if (sp[s].agreed)
			sid[s].kind |= EV_KIND_AGREEMENT;
	}
	whole = (flags & CLASSIFY_NEAR_CONTENT) || quick == QUICK_MAYBE ||
	    maybe_identified(rs, mt, &id);
	if (!whole && nsp == 0)
		goto done;
	if (whole && id.cand == NULL)
		ident_candidates(rs, &id);
	/* What the whole document calls itself, for its sections'
	 * exclusions: its title, or a workbook's title rows above the
	 * table (a document's head runs into its body). */
	outer = id.title != NULL ? id.title :
	    in->typeclass == EV_TYPE_SPREADSHEET ? id.head : NULL;
	whole_in = *in;
	blank_form = workbook_is_blank(in);
	if (blanked != NULL)
		whole_in.text = blanked;

	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		for (i = 0; i < cl->n_items; i++) {
			keep = false;
			memset(&m, 0, sizeof(m));
			if (whole)
				classify_item(mt, &cl->items[i], &whole_in,
				    &id, NULL, flags, &m, &keep);
			if (keep && m.counts && blank_form) {
				m.counts = false;
				set_reason(&m, "a blank form: each sheet is "
				    "only its header row");
			}
			/* A typed log's sheet is no record of a type its
			 * rows lack, whatever the sheet is called. */
			types_none = rows_say_none(mt, &cl->items[i], sp, nsp);
			if (keep && m.counts && place_is_empty(mt,
			    &cl->items[i], sp, nsp, types_none, why,
			    sizeof(why))) {
				m.counts = false;
				set_reason(&m, "%s", why);
			}
			best = m;
			best_label = NULL;
			/* A file that counts by its name counts as a
			 * whole.  Else a section whose heading identifies
			 * the item is judged on its own text, and one that
			 * counts is the more precise answer than a title
			 * somewhere near the top (a manual's table of
			 * contents names every chapter); else the first
			 * that nearly does. */
			for (s = 0; s < nsp && !(keep && m.counts &&
			    (m.matched_by & MATCH_NAME)); s++) {
				if (sp[s].empty || (types_none > 0 && !sp[s].row &&
				    sp[s].kind == DOC_SECTION_SHEET))
					continue;
				if (sp[s].row && first_hit(mt,
				    &cl->items[i].rows, sp[s].title,
				    strlen(sp[s].title) - sp[s].suffix_len) ==
				    NULL)
					continue;
				classify_item(mt, &cl->items[i], &sp[s].in,
				    &sid[s], outer, (flags &
				    ~(unsigned)CLASSIFY_NEAR_CONTENT) |
				    CLASSIFY_SECTION, &sm, &skeep);
				if (!skeep || !(sm.matched_by & MATCH_TITLE) ||
				    (!sm.counts && best_label != NULL) ||
				    (!sp[s].row && chapter_names_other(mt,
				    &cl->items[i], &sp[s])))
					continue;
				best = sm;
				best_label = sp[s].label;
				if (sm.counts)
					break;
			}
			/* A section that nearly proves the item does not
			 * hide a file that proves it: content is often
			 * spread over chapters (a defect analysis names the
			 * major incidents in another section). */
			if (keep && m.counts && !best.counts) {
				best = m;
				best_label = NULL;
			}
			if (!keep && best_label == NULL)
				continue;
			if (nout == cap) {
				cap = cap ? cap * 2 : 8;
				tmp = realloc(out, cap * sizeof(*out));
				if (tmp == NULL) {
					rc = -ENOMEM;
					goto fail;
				}
				out = tmp;
			}
			if ((rc = export_match(&best, best_label,
			    &out[nout])) < 0)
				goto fail;
			nout++;
		}
	}
done:
	g_free(blanked);
	idents_free(sid, nsp);
	section_passes_free(sp, nsp);
	ident_clear(&id);
	*matches = out;
	*n = nout;
	return 0;
fail:
	g_free(blanked);
	idents_free(sid, nsp);
	section_passes_free(sp, nsp);
	ident_clear(&id);
	file_matches_free(out, nout);
	return rc;
}

/* s normalised: s itself when it is already (*norm NULL), else a copy
 * owned by *norm.  0 or -ENOMEM. */
static int
normal_form(const char *s, const char **out, char **norm)
{
	size_t len = strlen(s);
	int rc;

	*norm = NULL;
	*out = s;
	if (textnorm_is_normal(s, len))
		return 0;
	if ((rc = textnorm_normalize(s, len, norm, &len)) == 0)
		*out = *norm;
	return rc;
}

/* The classifier's input for f: path and title normalised (owned by
 * *norm_path and *norm_title, or borrowed from f when they are NULL),
 * the rest borrowed from f. */
static int
facts_input(const struct file_facts *f, struct classify_input *in,
    char **norm_path, char **norm_title)
{
	int rc;

	*norm_path = NULL;
	*norm_title = NULL;
	memset(in, 0, sizeof(*in));
	if ((rc = normal_form(f->path, &in->path, norm_path)) < 0)
		return rc;
	if (f->title != NULL &&
	    (rc = normal_form(f->title, &in->title, norm_title)) < 0)
		return rc;
	in->text = f->text;
	in->text_len = f->text_len;
	in->typeclass = f->typeclass;
	in->empty = f->id.size == 0;
	in->text_status = f->text_status;
	in->text_reason = f->text_reason;
	in->sections = f->sections;
	in->n_sections = f->n_sections;
	in->tables = f->tables;
	in->n_tables = f->n_tables;
	return 0;
}

int
classify_facts_kind(const struct file_facts *f, unsigned *kind,
    unsigned *joined)
{
	struct classify_input in;
	char *norm_path, *norm_title;
	int rc;

	*kind = 0;
	if (joined != NULL)
		*joined = 0;
	if ((rc = facts_input(f, &in, &norm_path, &norm_title)) == 0) {
		*kind = classify_kind(&in);
		if (joined != NULL && *kind != 0)
			*joined = classify_joined_kind(&in);
	}
	free(norm_path);
	free(norm_title);
	return rc;
}

int
classify_facts_content_text(const struct file_facts *f, char **out)
{
	struct classify_input in;
	char *norm_path = NULL, *norm_title = NULL;
	int rc;

	*out = NULL;
	if ((rc = facts_input(f, &in, &norm_path, &norm_title)) == 0)
		rc = blank_labels(&in, out);
	free(norm_path);
	free(norm_title);
	return rc;
}

int
classify_facts(const struct ruleset *rs, struct rule_matcher *mt,
    const struct file_facts *f, unsigned flags, struct file_match **matches,
    size_t *n)
{
	struct classify_input in;
	char *norm_path = NULL, *norm_title = NULL;
	int rc;

	*matches = NULL;
	*n = 0;
	if ((rc = facts_input(f, &in, &norm_path, &norm_title)) < 0)
		goto done;
	rc = classify_file(rs, mt, &in, flags, matches, n);
done:
	free(norm_path);
	free(norm_title);
	return rc;
}
