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
	if (in->text_status != EXTRACT_OK)
		set_reason(m, "content not verified: only part of the text "
		    "was read: %s", in->text_reason != NULL &&
		    in->text_reason[0] ? in->text_reason :
		    extract_status_name(in->text_status));
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
	size_t i;

	if (in->text == NULL) {
		if (in->text_status != EXTRACT_OK)
			set_reason(m, "content not verified: unreadable: %s",
			    in->text_reason != NULL && in->text_reason[0] ?
			    in->text_reason : extract_status_name(in->text_status));
		else
			set_reason(m, "content not verified: no text");
		return false;
	}
	for (i = 0; i < it->content_all.n; i++) {
		int hit = rule_pattern_match(mt, &it->content_all.v[i],
		    in->text, in->text_len, NULL, NULL);

		if (hit < 0)
			set_reason(m, "content not verified: /%s/ failed: %s",
			    it->content_all.v[i].source, strerror(-hit));
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
	char content_why[CLASSIFY_REASON_MAX];
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
		set_reason(m, "unreadable: %s", in->text_reason != NULL &&
		    in->text_reason[0] ? in->text_reason :
		    extract_status_name(in->text_status));
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

int
classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct item_match **matches, size_t *n)
{
	struct item_match *out = NULL, *tmp, m;
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
			out[nout++] = m;
		}
	}
	*matches = out;
	*n = nout;
	return 0;
fail:
	free(out);
	return rc;
}
