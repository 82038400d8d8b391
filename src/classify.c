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
 *
 * What kind of document a file is and what it cites is dockind.c's;
 * which of its sections are judged like files of their own is
 * classify_sections.c's.  classify_int.h is the contract between them.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/pathname.h"
#include "evidenced/prefilter.h"
#include "evidenced/textnorm.h"

#include "classify_int.h"

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
	/* A notice that issues a document it does not carry
	 * (dockind_bare_notice()), and that document's kind (0 unknown). */
	bool bare_notice;
	unsigned issued_kind;
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

/* Bytes of normalised text that title patterns see besides the title. */
#define TITLE_HEAD_BYTES 2048
/* How much of a document's head an exclusion is tried on when the head
 * identified it: the window title patterns look at (^.{0,60}) and the
 * words that follow a title on its line, not the body below it. */
#define HEAD_EXCLUDE_CHARS 80

/* Bytes of s[0..len) before its first newline. */
static size_t
first_line_len(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);

	return nl != NULL ? (size_t)(nl - s) : len;
}

const char *
classify_first_hit(struct rule_matcher *mt, const struct rule_patterns *ps,
    const char *s, size_t len)
{
	long i;

	if (s == NULL)
		return NULL;
	i = rule_patterns_first_match(mt, ps, s, len);
	return i >= 0 ? ps->v[i].source : NULL;
}

/* classify_first_hit among the candidates only (all of them without a set). */
static const char *
candidate_hit(struct rule_matcher *mt, const struct rule_patterns *ps,
    const char *s, size_t len, const struct cands *cand)
{
	struct rule_patterns one;
	uintptr_t lo, hi;
	size_t a, b, m;
	bool valid = false;

	if (cand == NULL || s == NULL)
		return classify_first_hit(mt, ps, s, len);
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

/* Does some item other than it have a name pattern that matches s?  Asked
 * only of a file that a folder alone names, so rarely. */
static bool
other_item_named(const struct ruleset *rs, struct rule_matcher *mt,
    const struct rule_item *it, const char *s, const struct cands *cand)
{
	size_t c, i;

	for (c = 0; c < rs->n_clauses; c++) {
		for (i = 0; i < rs->clauses[c].n_items; i++) {
			const struct rule_item *o = &rs->clauses[c].items[i];

			if (o != it && candidate_hit(mt, &o->name, s,
			    strlen(s), cand) != NULL)
				return true;
		}
	}
	return false;
}

/* Is s[0..len), a folder's name, only when its files were made (2026年,
 * 2026Q3, 202604, 2025-2026学年, 第二季度)? */
static bool
period_folder(const char *s, size_t len)
{
	static const char period_chars[] = "年月日季度第上下半学期一二三四";
	const char *p = s, *end = s + len;
	gunichar c;

	for (; p < end; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (c < 0x80 ? !(g_ascii_isdigit(c) || g_ascii_ispunct(c) ||
		    c == ' ' || c == 'q') :
		    g_utf8_strchr(period_chars, -1, c) == NULL)
			return false;
	}
	return len > 0;
}

/*
 * Is the file named by a folder only, and, in a subfolder of that folder,
 * what some other item is?  A folder names what it holds, not what each file in
 * its subfolders is: under 09_内审与管评/ the 监视测量/运维服务监视测量表
 * .xlsx and the CAPA/附件2.docx are the measurements and a corrective
 * action, not records of the internal audit.  A file filed straight in
 * the folder (宕机登记/宕机事件分析报告.docx; 安全通报/2026年/ counts as
 * straight in), or one that nothing else names below it (02_偏差与CAPA/
 * IT月度质量会/202607纪要.docx), is what its folder says: on the dev
 * corpus the authors file them so.  The folder is the deepest one from
 * which the item's name matches, so a name across folder and file
 * (cmdb/CI变更历史.xlsx) counts as the file's.
 */
static bool
named_otherwise_below(const struct ruleset *rs, struct rule_matcher *mt,
    const struct rule_item *it, const struct ident *id)
{
	const char *path = id->path, *end = strrchr(path, '/'), *start;
	const char *below = NULL;
	bool nearest = true;    /* no folder but periods below it */

	/* Its own name names it: no folder's doing. */
	if (end == NULL || classify_first_hit(mt, &it->name, end + 1,
	    strlen(end + 1)) != NULL)
		return false;
	while (end != NULL && end > path) {
		for (start = end; start > path && start[-1] != '/'; start--)
			;
		if (classify_first_hit(mt, &it->name, start, strlen(start)) !=
		    NULL) {
			below = end + 1;
			break;
		}
		if (!period_folder(start, (size_t)(end - start)))
			nearest = false;
		end = start > path ? start - 1 : NULL;
	}
	if (below == NULL)
		return false;
	return !nearest && other_item_named(rs, mt, it, below, id->cand);
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

/* name_any over a title, or false without one. */
static bool
title_names_issue(struct rule_matcher *mt, const struct rule_item *it,
    const char *title)
{
	return title != NULL && rule_patterns_first_match(mt, &it->name_any,
	    title, strlen(title)) >= 0;
}

/*
 * content_any, or name_any over the file's own name: an issued edition
 * may say it is issued only in its name (应急预案（2025年修订）), not in
 * its text.  Only the last path component, without its extension: a
 * folder 2025年版/ also holds the drafts of that edition.  The title a
 * document prints on its cover is its name too (a 制度汇编 saved as
 * 信息化规章制度汇编2024.pdf whose cover reads …汇编（2024版）), and a
 * chapter of it is issued in that edition.
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
	if (rule_patterns_first_match(mt, &it->name_any, base, len) >= 0 ||
	    title_names_issue(mt, it, in->title) ||
	    title_names_issue(mt, it, in->doc_title))
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
classify_item(const struct ruleset *rs, struct rule_matcher *mt,
    const struct rule_item *it, const struct classify_input *in,
    const struct ident *id,
    const char *outer_title, unsigned flags, struct item_match *m,
    bool *keep)
{
	char content_why[CLASSIFY_REASON_MAX], why[CLASSIFY_REASON_MAX];
	bool identified, type_ok, kind_ok, notice_ok, content_ok = true;
	bool by_head = false, folder_only = false;
	const char *by_folder = NULL;

	memset(m, 0, sizeof(*m));
	m->item = it;
	*keep = false;

	m->name_pattern = candidate_hit(mt, &it->name, id->path,
	    strlen(id->path), id->cand);
	/* Matched only in a folder, by a file in a subfolder that names
	 * another item (named_otherwise_below()): it is the item only when
	 * its title or head says so. */
	if (m->name_pattern != NULL && !(flags & CLASSIFY_SECTION) &&
	    named_otherwise_below(rs, mt, it, id)) {
		by_folder = m->name_pattern;
		m->name_pattern = NULL;
	}
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
	if (!identified && by_folder != NULL) {
		/* Kept as a near miss: explain says why it does not count. */
		identified = true;
		folder_only = true;
	}
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
	/* 正文.pdf in the folder 闽港集团〔2023〕42号（信息系统变更管理办法）/:
	 * the notice that issued the 办法, whose text is its 附件 beside
	 * it.  It is not the 办法, whatever its folder or name says. */
	notice_ok = !id->bare_notice || (id->issued_kind != 0 &&
	    it->kinds != 0 && !(it->kinds & id->issued_kind));

	m->excluded_by = classify_first_hit(mt, &it->exclude, in->path,
	    strlen(in->path));
	if (m->excluded_by == NULL && in->title != NULL)
		m->excluded_by = classify_first_hit(mt, &it->exclude, in->title,
		    strlen(in->title));
	if (m->excluded_by == NULL && outer_title != NULL)
		m->excluded_by = classify_first_hit(mt, &it->exclude,
		    outer_title, strlen(outer_title));
	/* Identified by its head (Book1.xlsx whose first sheet is 更新记录):
	 * the head is its title, exclusions included (配置项更新维护记录). */
	if (m->excluded_by == NULL && by_head)
		m->excluded_by = classify_first_hit(mt, &it->exclude, id->head,
		    in->typeclass == EV_TYPE_SPREADSHEET ? id->head_len :
		    dockind_utf8_chars_len(id->head, id->head_len,
		    HEAD_EXCLUDE_CHARS));

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
	if (folder_only)
		set_reason(m, "only its folder matches /%s/; neither its file "
		    "name nor its title says it is %s", by_folder, it->label);
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
	if (!notice_ok)
		set_reason(m, "a notice that issues the document, filed "
		    "without it");
	if (!type_ok) {
		char buf[128];

		set_reason(m, "type %s not accepted (accepts: %s)",
		    ev_typeclass_name(in->typeclass),
		    ev_typeclass_mask_str(it->types, buf, sizeof(buf)));
	}
	if (!content_ok)
		set_reason(m, "%s", content_why);
	m->counts = !folder_only && identified && type_ok && kind_ok &&
	    notice_ok && !in->empty && !unreadable(in->text_status) &&
	    m->excluded_by == NULL && content_ok;
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
bool
classify_union_may_match(const struct prefilter *pf,
    const struct rule_pattern *u, struct rule_matcher *mt, const char *s,
    size_t len)
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
	if (classify_union_may_match(rs->name_prefilter, &rs->any_name.v[0], mt,
	    path, strlen(path)))
		return true;
	if (title != NULL && classify_union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, title, strlen(title)))
		return true;
	if (export != NULL && classify_union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, export, strlen(export)))
		return true;
	return head != NULL && classify_union_may_match(rs->title_prefilter,
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
	if (!dockind_cites_anything(s, len))
		return 0;
	if ((*owned = dockind_blank_citations(s, len)) == NULL)
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
		    dockind_cites_anything(head, head_len)) {
			c->n = end[1];
			if ((*own_head = dockind_blank_citations(head,
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
	 * classify_union_may_match().  A subject valid UTF-8 (utf8_valid() says
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
		/* dockind_text_head() is the text's start unless a table starts
		 * in it or it holds a NUL. */
		head_len = dockind_utf8_head_len(in->text, in->text_len,
		    TITLE_HEAD_BYTES);
		head = in->text;
		if ((in->n_tables > 0 && in->tables[0].start < head_len) ||
		    memchr(in->text, '\0', head_len) != NULL) {
			if ((built = dockind_text_head(in,
			    TITLE_HEAD_BYTES)) == NULL) {
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
		    !dockind_holds_open_quote(head, first_line_len(head,
		    head_len));
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
 * none in them (dockind_text_head() also drops NUL bytes: a head with one takes
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
	size_t head = in->text != NULL ? dockind_utf8_head_len(in->text,
	    in->text_len, TITLE_HEAD_BYTES) : 0;

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
	if (len == 0 || (blank = dockind_blank_citations(b, len)) == NULL)
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
 * Where a document's body starts in its head: at its purpose (演练目的：,
 * 目的: …), what follows is what the document is for, not what it is:
 * 2026年灾备切换演练方案 演练目的：检验灾难恢复预案 is a drill's plan,
 * not the recovery plan it tests.  len when there is none.
 */
static size_t
purpose_cut(const char *head, size_t len)
{
	static const char *const labels[] = { "目的:", "目的：" };
	const char *hit, *first = NULL;
	size_t i;

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		hit = memmem(head, len, labels[i], strlen(labels[i]));
		if (hit != NULL && (first == NULL || hit < first))
			first = hit;
	}
	return first != NULL ? (size_t)(first - head) : len;
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
	if (whole && id->title == NULL)
		id->bare_notice = dockind_bare_notice(in, &id->issued_kind);
	id->kind = dockind_kind_of_input(in, id->title);
	if ((id->path = dockind_blank_citations(in->path,
	    strlen(in->path))) == NULL)
		goto oom;
	if (whole && id->kind != 0)
		id->joined = classify_joined_kind(in);
	if (id->title == NULL && in->title != NULL &&
	    (id->title = dockind_blank_citations(in->title,
	    strlen(in->title))) == NULL)
		goto oom;
	if (whole && id->title == NULL && (id->kind == 0 ||
	    id->kind == EV_KIND_RECORD))
		id->export = export_title(in);
	if (in->text != NULL && in->typeclass == EV_TYPE_SPREADSHEET) {
		/* The title region, before the sheet's table (header row
		 * and the rows under it are cells: mentions). */
		char *head = dockind_text_head(in, TITLE_HEAD_BYTES);

		if (head == NULL)
			goto oom;
		len = dockind_sheet_title_len(head, strlen(head));
		id->head = dockind_blank_citations(head, len);
		g_free(head);
		if (id->head == NULL)
			goto oom;
		id->head_len = strlen(id->head);
	} else if (in->text != NULL) {
		char *head = dockind_text_head(in, TITLE_HEAD_BYTES);

		if (head == NULL)
			goto oom;
		id->head = dockind_blank_citations(head, strlen(head));
		g_free(head);
		if (id->head == NULL)
			goto oom;
		id->head_len = purpose_cut(id->head, strlen(id->head));
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

	return classify_first_hit(mt, &it->title, p->title, len) != NULL &&
	    classify_first_hit(mt, &it->exclude, p->title, len) == NULL;
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

				if (it->rows.n > 0 && classify_first_hit(mt,
				    &it->rows, p->title, len) != NULL) {
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
		if (classify_first_hit(mt, &it->rows, sp[s].title,
		    strlen(sp[s].title) - sp[s].suffix_len) != NULL)
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
		if (classify_first_hit(mt, &it->rows, sp[s].title,
		    strlen(sp[s].title) - sp[s].suffix_len) != NULL ||
		    pass_titled_for(mt, it, &sp[s]))
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
		if (sp[s].row && it->rows.n > 0 && classify_first_hit(mt,
		    &it->rows, sp[s].title, strlen(sp[s].title) -
		    sp[s].suffix_len) != NULL)
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

#define HOLLOW_REASON "a procedure that sets nothing of its own " \
	"(本程序不另规定: it only says which others apply)"

/* Does the file, by its name or its title, say it sets nothing of its
 * own (dockind_sets_nothing())? */
static bool
sets_nothing(const struct classify_input *in)
{
	const char *b;
	size_t bl;

	if (in->text == NULL)
		return false;
	if (in->path != NULL) {
		classify_base_name(in->path, &b, &bl);
		if (dockind_sets_nothing(b, bl, in->text, in->text_len))
			return true;
	}
	return in->title != NULL && dockind_sets_nothing(in->title,
	    strlen(in->title), in->text, in->text_len);
}

/* sets_nothing(in), worked out the first time a match would count. */
static bool
is_hollow(const struct classify_input *in, int *memo)
{
	if (*memo < 0)
		*memo = sets_nothing(in);
	return *memo != 0;
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
	char *blanked = NULL, *cover = NULL;
	size_t nout = 0, cap = 0, nsp = 0, c, i, s, types_none;
	bool keep, skeep, whole, blank_form;
	int hollow = -1;        /* sets_nothing(in), once asked: most
				   files count for nothing */
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
	if ((rc = csec_blank_labels(in, &blanked)) < 0 ||
	    (rc = csec_section_passes(rs, mt, in, blanked, id.kind, &sp,
	    &nsp)) < 0)
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
		    (blank = dockind_blank_citations(sp[s].in.title,
		    strlen(sp[s].in.title))) != NULL) {
			unsigned k = dockind_kind_of_words(blank,
			    strlen(blank));

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
			/* A procedure's chapter that names an agreement
			 * (2 服务级别协议 of a 服务级别管理程序) says how
			 * agreements are made and kept, and is none. */
			if (k == EV_KIND_AGREEMENT &&
			    sp[s].kind == DOC_SECTION_HEADING &&
			    id.kind == EV_KIND_PROCEDURE)
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
	blank_form = csec_workbook_is_blank(in);
	if (blanked != NULL)
		whole_in.text = blanked;
	/* Without a title of its own, what the document prints first is its
	 * cover (信息化服务申请办理规范（2025年1月定稿）, 程序文件汇编（2023版）):
	 * the issued edition it names counts as its name's would
	 * (any_holds()), for its chapters too. */
	if (whole_in.doc_title == NULL && in->title == NULL &&
	    id.head != NULL) {
		if ((cover = g_strndup(id.head, id.head_len)) == NULL) {
			rc = -ENOMEM;
			goto fail;
		}
		whole_in.doc_title = cover;
		/* Its chapters are issued in that edition too. */
		for (s = 0; s < nsp; s++)
			if (sp[s].in.doc_title == NULL)
				sp[s].in.doc_title = cover;
	}

	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		for (i = 0; i < cl->n_items; i++) {
			keep = false;
			memset(&m, 0, sizeof(m));
			if (whole)
				classify_item(rs, mt, &cl->items[i], &whole_in,
				    &id, NULL, flags, &m, &keep);
			if (keep && m.counts && blank_form) {
				m.counts = false;
				set_reason(&m, "a blank form: each sheet is "
				    "only its header row");
			}
			if (keep && m.counts && is_hollow(in, &hollow)) {
				m.counts = false;
				set_reason(&m, "%s", HOLLOW_REASON);
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
				if (sp[s].row && classify_first_hit(mt,
				    &cl->items[i].rows, sp[s].title,
				    strlen(sp[s].title) - sp[s].suffix_len) ==
				    NULL)
					continue;
				classify_item(rs, mt, &cl->items[i], &sp[s].in,
				    &sid[s], outer, (flags &
				    ~(unsigned)CLASSIFY_NEAR_CONTENT) |
				    CLASSIFY_SECTION, &sm, &skeep);
				if (skeep && sm.counts && (is_hollow(in, &hollow) ||
				    dockind_sets_nothing(sp[s].title,
				    strlen(sp[s].title), sp[s].in.text,
				    sp[s].in.text_len))) {
					sm.counts = false;
					set_reason(&sm, "%s", HOLLOW_REASON);
				}
				if (!skeep || !(sm.matched_by & MATCH_TITLE) ||
				    (!sm.counts && best_label != NULL) ||
				    (!sp[s].row && csec_chapter_names_other(mt,
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
	g_free(cover);
	idents_free(sid, nsp);
	csec_section_passes_free(sp, nsp);
	ident_clear(&id);
	*matches = out;
	*n = nout;
	return 0;
fail:
	g_free(blanked);
	g_free(cover);
	idents_free(sid, nsp);
	csec_section_passes_free(sp, nsp);
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
		rc = csec_blank_labels(&in, out);
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
