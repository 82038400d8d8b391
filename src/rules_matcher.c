/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules_matcher.c - matching rule patterns: struct rule_matcher and the
 * match functions of include/evidenced/rules.h that the classifier, the
 * scanner and the rule compiler use.
 *
 * The ruleset is immutable and shared; the mutable scratch a match needs
 * (pcre2 match context with match, depth and heap limits, JIT stack,
 * match data) lives in a struct rule_matcher owned by whoever matches
 * (one per scanner; the compiler has its own).  A matcher remembers the
 * first pattern that hit a limit until rule_matcher_take_limit(); the
 * pattern itself belongs to its ruleset.
 */

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/log.h"
#include "evidenced/rules.h"
#include "rules_int.h"

#define RULES_MATCH_LIMIT       1000000
#define RULES_DEPTH_LIMIT       10000
#define RULES_HEAP_LIMIT_KIB    65536
#define RULES_JIT_STACK_MIN     (32u << 10)
#define RULES_JIT_STACK_MAX     (1u << 20)

struct rule_matcher {
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	pcre2_match_data *md;
	const struct rule_pattern *limit;  /* first that hit a limit */
};

void
rule_matcher_free(struct rule_matcher *m)
{
	if (m == NULL)
		return;
	pcre2_match_data_free(m->md);
	pcre2_jit_stack_free(m->jit);
	pcre2_match_context_free(m->mctx);
	free(m);
}

struct rule_matcher *
rule_matcher_new(void)
{
	struct rule_matcher *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->mctx = pcre2_match_context_create(NULL);
	/* One pair: we only report the span of the whole match. */
	m->md = pcre2_match_data_create(1, NULL);
	if (m->mctx == NULL || m->md == NULL) {
		rule_matcher_free(m);
		return NULL;
	}
	pcre2_set_match_limit(m->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(m->mctx, RULES_HEAP_LIMIT_KIB);
	/* Without a JIT stack of our own pcre2 uses 32 KiB of machine stack. */
	m->jit = pcre2_jit_stack_create(RULES_JIT_STACK_MIN,
	    RULES_JIT_STACK_MAX, NULL);
	if (m->jit != NULL)
		pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
	return m;
}

/* rule_pattern_match(), with pcre2_match() options opts. */
static int
match_opts(struct rule_matcher *e, const struct rule_pattern *p,
    const char *subject, size_t len, uint32_t opts, size_t *start,
    size_t *end)
{
	PCRE2_SIZE *ov;
	int rc;

	if (e == NULL || p == NULL || p->code == NULL ||
	    (subject == NULL && len > 0))
		return -EINVAL;
	if (subject == NULL)
		subject = "";
	/*
	 * No PCRE2_NO_UTF_CHECK: invalid UTF-8 with the check off is undefined
	 * behaviour in the JIT, and the check is cheap next to the match.
	 */
	rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0, opts, e->md,
	    e->mctx);
	if (rc >= 0) {
		ov = pcre2_get_ovector_pointer(e->md);
		if (start != NULL)
			*start = ov[0];
		if (end != NULL)
			*end = ov[1];
		return 1;
	}
	switch (rc) {
	case PCRE2_ERROR_NOMATCH:
	case PCRE2_ERROR_PARTIAL:
		return 0;
	case PCRE2_ERROR_MATCHLIMIT:
	case PCRE2_ERROR_DEPTHLIMIT:
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_JIT_STACKLIMIT:
		/* Kept for the file's problems.  Not a prefilter union (line
		 * 0): when one fails, every item is simply tried. */
		if (e->limit == NULL && p->line > 0)
			e->limit = p;
		return -E2BIG;
	case PCRE2_ERROR_NOMEMORY:
		return -ENOMEM;
	default:
		if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21)
			return -EILSEQ;
		return -EINVAL;
	}
}

int
rule_pattern_match(struct rule_matcher *e, const struct rule_pattern *p,
    const char *subject, size_t len, size_t *start, size_t *end)
{
	return match_opts(e, p, subject, len, 0, start, end);
}

/*
 * pcre2_match() checks the whole subject is valid UTF-8 before every
 * match (from the start offset, 0 here, to the end): 2.7 us for a 2 KiB
 * text head, more than a title pattern's match.  Once it said so of a
 * subject (0 or 1 back), PCRE2_NO_UTF_CHECK gives the same answers.
 */
int
rule_pattern_match_checked(struct rule_matcher *e,
    const struct rule_pattern *p, const char *subject, size_t len,
    size_t *start, size_t *end)
{
	return match_opts(e, p, subject, len, PCRE2_NO_UTF_CHECK, start, end);
}

const struct rule_pattern *
rule_matcher_take_limit(struct rule_matcher *m)
{
	const struct rule_pattern *p = m->limit;

	m->limit = NULL;
	return p;
}

const char *
rule_match_strerror(int err)
{
	switch (err) {
	case -E2BIG:
		return "match limit hit (pattern too costly on this text)";
	case -EILSEQ:
		return "subject is not valid UTF-8";
	default:
		return strerror(err < 0 ? -err : err);
	}
}

/* rule_pattern_match() (checked: _checked()), a failure logged. */
static int
match_warn(struct rule_matcher *m, const struct rule_pattern *p,
    const char *subject, size_t len, bool checked)
{
	int rc = match_opts(m, p, subject, len, checked ? PCRE2_NO_UTF_CHECK :
	    0, NULL, NULL);

	if (rc < 0)
		log_warnx("%s:%d: pattern '%s' not usable on a subject of %zu "
		    "bytes: %s", p->file, p->line, p->source, len,
		    rule_match_strerror(rc));
	return rc;
}

int
rules_match_or_warn(struct rule_matcher *m, const struct rule_pattern *p,
    const char *subject, size_t len)
{
	return match_warn(m, p, subject, len, false) == 1;
}

long
rule_patterns_first_match(struct rule_matcher *m,
    const struct rule_patterns *ps, const char *subject, size_t len)
{
	bool valid = false;

	return rule_patterns_first_match_ex(m, ps, subject, len, &valid);
}

long
rule_patterns_first_match_ex(struct rule_matcher *m,
    const struct rule_patterns *ps, const char *subject, size_t len,
    bool *valid)
{
	size_t i;
	int rc;

	if (ps == NULL)
		return -1;
	/* A failing pattern counts as no match; the others still run. */
	for (i = 0; i < ps->n; i++) {
		rc = match_warn(m, &ps->v[i], subject, len, *valid);
		if (rc == 0 || rc == 1)
			*valid = true;
		if (rc == 1)
			return (long)i;
	}
	return -1;
}
