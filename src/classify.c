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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/textnorm.h"

#define CLASSIFY_REASON_MAX 256

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
#include "evidenced/prefilter.h"

/* Bytes of normalised text that title patterns see besides the title. */
#define TITLE_HEAD_BYTES 2048

static size_t
utf8_head_len(const char *s, size_t len, size_t max)
{
	size_t n = len < max ? len : max;

	/* Never cut a UTF-8 sequence: back up to a lead byte. */
	while (n > 0 && n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
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

static void
set_reason(struct item_match *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
set_reason(struct item_match *m, const char *fmt, ...)
{
	va_list ap;

	if (m->reason[0] != '\0')
		return;         /* keep the first, most important reason */
	va_start(ap, fmt);
	vsnprintf(m->reason, sizeof(m->reason), fmt, ap);
	va_end(ap);
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
	return it->content_all.n > 0 || it->content_any.n > 0;
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
	if (it->content_any.n > 0 &&
	    rule_patterns_first_match(mt, &it->content_any, in->text,
	    in->text_len) < 0) {
		partial_text_reason(in, m);
		set_reason(m, "content matches none of %zu content_any "
		    "patterns (first: /%s/)", it->content_any.n,
		    it->content_any.v[0].source);
		return false;
	}
	/* Partial text that matches still counts: what was read says what
	 * the form asks for. */
	return true;
}

static void
classify_item(struct rule_matcher *mt, const struct rule_item *it,
    const struct classify_input *in, size_t head_len, unsigned flags,
    struct item_match *m, bool *keep)
{
	char content_why[CLASSIFY_REASON_MAX], why[CLASSIFY_REASON_MAX];
	bool identified, type_ok, content_ok = true;

	memset(m, 0, sizeof(*m));
	m->item = it;
	*keep = false;

	m->name_pattern = first_hit(mt, &it->name, in->path, strlen(in->path));
	if (m->name_pattern == NULL && in->title != NULL)
		m->title_pattern = first_hit(mt, &it->title, in->title,
		    strlen(in->title));
	if (m->name_pattern == NULL && m->title_pattern == NULL &&
	    in->text != NULL)
		m->title_pattern = first_hit(mt, &it->title, in->text, head_len);
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

	m->excluded_by = first_hit(mt, &it->exclude, in->path, strlen(in->path));
	if (m->excluded_by == NULL && in->title != NULL)
		m->excluded_by = first_hit(mt, &it->exclude, in->title,
		    strlen(in->title));

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
	if (!type_ok) {
		char buf[128];

		set_reason(m, "type %s not accepted (accepts: %s)",
		    ev_typeclass_name(in->typeclass),
		    ev_typeclass_mask_str(it->types, buf, sizeof(buf)));
	}
	if (!content_ok)
		set_reason(m, "%s", content_why);
	m->counts = identified && type_ok && !in->empty &&
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
};

static int
candidate_matches(const void *pattern, void *arg)
{
	const struct candidate_arg *a = arg;

	return rule_pattern_match(a->mt, pattern, a->s, a->len, NULL,
	    NULL) != 0;
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
	struct candidate_arg a = { mt, s, len };

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
maybe_identified(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, size_t head_len)
{
	if (rs->any_name.n == 0 || rs->any_title.n == 0)
		return true;
	if (union_may_match(rs->name_prefilter, &rs->any_name.v[0], mt,
	    in->path, strlen(in->path)))
		return true;
	if (in->title != NULL && union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, in->title, strlen(in->title)))
		return true;
	return in->text != NULL && union_may_match(rs->title_prefilter,
	    &rs->any_title.v[0], mt, in->text, head_len);
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
	    "一览表", "汇总表" };
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strstr(heading, kinds[i]) != NULL)
			return true;
	return false;
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
 * The normalised title section i is identified by: its heading; a sheet
 * with data rows under its header is a record of what it names (a sheet
 * 病毒查杀 with dated rows is the 病毒查杀记录), so "记录" is added
 * unless the name says its kind already.  Not for columns: a column of a
 * KPI list or an event statistic names a measure, not a record (tried on
 * the corpus: ten false attributions for one clause more).  0 or -ENOMEM.
 */
static int
section_title(const struct doc_section *v, size_t n, size_t i, char **out,
    size_t *len)
{
	const struct doc_section *sec = &v[i];
	char *t;
	int rc;

	if (sec->kind != DOC_SECTION_SHEET ||
	    names_a_document(sec->heading) ||
	    (sec->kind == DOC_SECTION_SHEET && !sheet_has_rows(v, n, i)))
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
	char *title;            /* normalised heading, owned */
	char *label;            /* owned */
};

static void
section_passes_free(struct section_pass *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].title);
		free(v[i].label);
	}
	free(v);
}

/*
 * The sections whose heading may identify some item (the title union's
 * prefilter, as for a whole file): each is judged like a file whose
 * title is the heading and whose text is the section's.  A column counts
 * only when data rows follow its header: a header alone is a label, not
 * a record.  0 or -ENOMEM.
 */
static int
section_passes(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, struct section_pass **out, size_t *n)
{
	struct section_pass *v = NULL, *p;
	size_t i, k = 0, len;
	int rc = 0;

	*out = NULL;
	*n = 0;
	if (in->n_sections == 0)
		return 0;
	if ((v = calloc(in->n_sections, sizeof(*v))) == NULL)
		return -ENOMEM;
	for (i = 0; i < in->n_sections; i++) {
		const struct doc_section *sec = &in->sections[i];

		if (sec->kind == DOC_SECTION_COLUMN && !sec->has_data_rows)
			continue;
		if (sec->kind == DOC_SECTION_HEADING &&
		    !names_a_document(sec->heading))
			continue;
		p = &v[k];
		if ((rc = section_title(in->sections, in->n_sections, i,
		    &p->title, &len)) < 0)
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
		p->in = *in;
		p->in.title = p->title;
		p->in.sections = NULL;
		p->in.n_sections = 0;
		if (in->text != NULL && sec->end <= in->text_len) {
			p->in.text = in->text + sec->start;
			p->in.text_len = sec->end - sec->start;
		}
		k++;
	}
	*out = v;
	*n = k;
	return 0;
fail:
	section_passes_free(v, k + 1);
	return rc;
}

int
classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct file_match **matches, size_t *n)
{
	struct file_match *out = NULL, *tmp;
	struct item_match m, sm, best;
	struct section_pass *sp = NULL;
	const char *best_label;
	size_t nout = 0, cap = 0, head_len = 0, nsp = 0, c, i, s;
	bool keep, skeep, whole;
	int rc = 0;

	*matches = NULL;
	*n = 0;
	if (in->text != NULL)
		head_len = utf8_head_len(in->text, in->text_len,
		    TITLE_HEAD_BYTES);
	if ((rc = section_passes(rs, mt, in, &sp, &nsp)) < 0)
		return rc;
	whole = (flags & CLASSIFY_NEAR_CONTENT) || maybe_identified(rs, mt,
	    in, head_len);
	if (!whole && nsp == 0)
		goto done;

	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		for (i = 0; i < cl->n_items; i++) {
			keep = false;
			memset(&m, 0, sizeof(m));
			if (whole)
				classify_item(mt, &cl->items[i], in, head_len,
				    flags, &m, &keep);
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
				classify_item(mt, &cl->items[i], &sp[s].in, 0,
				    flags & ~(unsigned)CLASSIFY_NEAR_CONTENT,
				    &sm, &skeep);
				if (!skeep || !(sm.matched_by & MATCH_TITLE) ||
				    (!sm.counts && best_label != NULL))
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
	section_passes_free(sp, nsp);
	*matches = out;
	*n = nout;
	return 0;
fail:
	section_passes_free(sp, nsp);
	file_matches_free(out, nout);
	return rc;
}

int
classify_facts(const struct ruleset *rs, struct rule_matcher *mt,
    const struct file_facts *f, unsigned flags, struct file_match **matches,
    size_t *n)
{
	struct classify_input in;
	char *norm_path = NULL, *norm_title = NULL;
	size_t len;
	int rc;

	*matches = NULL;
	*n = 0;
	memset(&in, 0, sizeof(in));
	rc = textnorm_normalize(f->path, strlen(f->path), &norm_path, &len);
	if (rc < 0)
		goto done;
	if (f->title != NULL && (rc = textnorm_normalize(f->title,
	    strlen(f->title), &norm_title, &len)) < 0)
		goto done;
	in.path = norm_path;
	in.title = norm_title;
	in.text = f->text;
	in.text_len = f->text_len;
	in.typeclass = f->typeclass;
	in.empty = f->id.size == 0;
	in.text_status = f->text_status;
	in.text_reason = f->text_reason;
	in.sections = f->sections;
	in.n_sections = f->n_sections;
	rc = classify_file(rs, mt, &in, flags, matches, n);
done:
	free(norm_path);
	free(norm_title);
	return rc;
}
