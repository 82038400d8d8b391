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

/* The id-keyed, self-owned form of m. */
static int
export_match(const struct item_match *m, struct file_match *out)
{
	memset(out, 0, sizeof(*out));
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

int
classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct file_match **matches, size_t *n)
{
	struct file_match *out = NULL, *tmp;
	struct item_match m;
	size_t nout = 0, cap = 0, head_len = 0, c, i;
	bool keep;
	int rc = 0;

	*matches = NULL;
	*n = 0;
	if (in->text != NULL)
		head_len = utf8_head_len(in->text, in->text_len,
		    TITLE_HEAD_BYTES);
	if (!(flags & CLASSIFY_NEAR_CONTENT) && !maybe_identified(rs, mt, in,
	    head_len))
		return 0;

	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		for (i = 0; i < cl->n_items; i++) {
			classify_item(mt, &cl->items[i], in, head_len, flags,
			    &m, &keep);
			if (!keep)
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
			if ((rc = export_match(&m, &out[nout])) < 0)
				goto fail;
			nout++;
		}
	}
	*matches = out;
	*n = nout;
	return 0;
fail:
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
	rc = classify_file(rs, mt, &in, flags, matches, n);
done:
	free(norm_path);
	free(norm_title);
	return rc;
}
