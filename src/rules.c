/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules.c - the immutable ruleset that rules_compiler_finish() builds:
 * its queries (a clause or item by id, the [ignore] list), its free, and
 * the names of type classes and document kinds.
 *
 * The rule compiler is split like YARA's (compiler -> immutable ruleset
 * -> scanner): rules_parser.c reads rule files into sections of keys,
 * rules_value.c parses and compiles each key's value, rules_compiler.c
 * merges the layers and builds the ruleset, rules_matcher.c matches its
 * patterns.  rules_int.h is their private contract.
 *
 * Ownership: a ruleset owns its clauses, items and pattern sources; the
 * pcre2 codes are pooled in rs->priv (items share them, so an item frees
 * only its sources); rs->files holds the file names every `file`
 * pointer in it points into.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/prefilter.h"
#include "evidenced/rules.h"
#include "rules_int.h"

/* ------------------------------------------------------------------ */
/* Type classes and kinds: named bits                                  */

struct bitname {
	unsigned bit;
	const char *name;
};

static const struct bitname typeclasses[] = {
	{ EV_TYPE_DOCUMENT, "document" },
	{ EV_TYPE_SPREADSHEET, "spreadsheet" },
	{ EV_TYPE_PRESENTATION, "presentation" },
	{ EV_TYPE_PDF, "pdf" },
	{ EV_TYPE_TEXT, "text" },
	{ EV_TYPE_IMAGE, "image" },
	{ EV_TYPE_OTHER, "other" },
};
#define N_TYPECLASSES (sizeof(typeclasses) / sizeof(typeclasses[0]))

static const struct bitname kindnames[] = {
	{ EV_KIND_PROCEDURE, "procedure" },
	{ EV_KIND_PLAN, "plan" },
	{ EV_KIND_RECORD, "record" },
	{ EV_KIND_AGREEMENT, "agreement" },
	{ EV_KIND_INVENTORY, "inventory" },
	{ EV_KIND_NOTICE, "notice" },
};
#define N_KINDS (sizeof(kindnames) / sizeof(kindnames[0]))

static const char *
bit_name(const struct bitname *t, size_t n, unsigned bit, const char *dflt)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].bit == bit)
			return t[i].name;
	return dflt;
}

static int
bit_parse(const struct bitname *t, size_t n, const char *name,
    unsigned *bit)
{
	size_t i;

	for (i = 0; name != NULL && i < n; i++) {
		if (strcmp(t[i].name, name) == 0) {
			if (bit != NULL)
				*bit = t[i].bit;
			return 0;
		}
	}
	return -EINVAL;
}

static char *
bit_mask_str(const struct bitname *t, size_t nt, unsigned mask, char *buf,
    size_t size)
{
	size_t i, off = 0, n;

	if (buf == NULL || size == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < nt; i++) {
		if (!(mask & t[i].bit))
			continue;
		n = strlen(t[i].name);
		/* Whole words only: a cut "presen" would mislead a report. */
		if (off + (off > 0) + n >= size)
			break;
		if (off > 0)
			buf[off++] = ' ';
		memcpy(buf + off, t[i].name, n + 1);
		off += n;
	}
	return buf;
}

const char *
ev_typeclass_name(unsigned cls)
{
	return bit_name(typeclasses, N_TYPECLASSES, cls, "other");
}

int
ev_typeclass_parse(const char *name, unsigned *cls)
{
	return bit_parse(typeclasses, N_TYPECLASSES, name, cls);
}

char *
ev_typeclass_mask_str(unsigned mask, char *buf, size_t size)
{
	return bit_mask_str(typeclasses, N_TYPECLASSES, mask, buf, size);
}

const char *
ev_kind_name(unsigned kind)
{
	return bit_name(kindnames, N_KINDS, kind, "unknown");
}

int
ev_kind_parse(const char *name, unsigned *kind)
{
	return bit_parse(kindnames, N_KINDS, name, kind);
}

char *
ev_kind_mask_str(unsigned mask, char *buf, size_t size)
{
	return bit_mask_str(kindnames, N_KINDS, mask, buf, size);
}

/* ------------------------------------------------------------------ */
/* The ruleset                                                         */

void
rules_patterns_free(struct rule_patterns *ps, bool free_codes)
{
	size_t i;

	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].source);
		if (free_codes)
			pcre2_code_free(ps->v[i].code);
	}
	free(ps->v);
	ps->v = NULL;
	ps->n = 0;
}

static void
item_free(struct rule_item *it)
{
	free(it->id);
	free(it->label);
	/* Codes belong to the pool in ruleset_priv. */
	rules_patterns_free(&it->name, false);
	rules_patterns_free(&it->title, false);
	rules_patterns_free(&it->content_all, false);
	rules_patterns_free(&it->content_any, false);
	rules_patterns_free(&it->exclude, false);
	rules_patterns_free(&it->rows, false);
	rules_patterns_free(&it->name_any, false);
}

void
ruleset_free(struct ruleset *rs)
{
	struct rule_clause *c;
	size_t i, j;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n_clauses; i++) {
		c = &rs->clauses[i];
		for (j = 0; j < c->n_items; j++)
			item_free(&c->items[j]);
		free(c->items);
		free(c->id);
		free(c->phase);
		free(c->text);
		free(c->proof);
		free(c->note);
	}
	free(rs->clauses);
	rules_patterns_free(&rs->ignore, false);
	rules_patterns_free(&rs->any_name, true);
	rules_patterns_free(&rs->any_title, true);
	prefilter_free(rs->name_prefilter);
	prefilter_free(rs->title_prefilter);
	for (i = 0; i < rs->n_files; i++)
		free(rs->files[i]);
	free(rs->files);
	if (rs->priv != NULL) {
		prefilter_free(rs->priv->ignore_pf);
		for (i = 0; i < rs->priv->n_codes; i++)
			pcre2_code_free(rs->priv->codes[i]);
		free(rs->priv->codes);
		free(rs->priv);
	}
	free(rs);
}

const struct rule_clause *
ruleset_find_clause(const struct ruleset *rs, const char *id)
{
	size_t i;

	if (rs == NULL || id == NULL)
		return NULL;
	for (i = 0; i < rs->n_clauses; i++)
		if (strcmp(rs->clauses[i].id, id) == 0)
			return &rs->clauses[i];
	return NULL;
}

const struct rule_item *
ruleset_find_item(const struct ruleset *rs, const char *clause_id,
    const char *item_id)
{
	const struct rule_clause *c = ruleset_find_clause(rs, clause_id);
	size_t i;

	if (c == NULL || item_id == NULL)
		return NULL;
	for (i = 0; i < c->n_items; i++)
		if (strcmp(c->items[i].id, item_id) == 0)
			return &c->items[i];
	return NULL;
}

bool
rule_clause_applies(const struct rule_clause *c, int level)
{
	if (c == NULL || level < EV_LEVEL_MIN || level > EV_LEVEL_MAX)
		return false;
	return (c->levels & EV_LEVEL_BIT(level)) != 0;
}

struct ignore_arg {
	struct rule_matcher *m;
	const char *s;
	size_t len;
	const struct rule_pattern *hit;
};

static int
ignore_candidate(const void *pattern, void *arg)
{
	struct ignore_arg *a = arg;

	if (!rules_match_or_warn(a->m, pattern, a->s, a->len))
		return 0;
	a->hit = pattern;
	return 1;
}

bool
ruleset_is_ignored(const struct ruleset *rs, struct rule_matcher *m,
    const char *relpath, const char **why)
{
	struct ignore_arg a = { m, relpath, 0, NULL };
	long i;

	if (why != NULL)
		*why = NULL;
	if (rs == NULL || relpath == NULL)
		return false;
	/* The same first match, in the same order, among the patterns
	 * whose literals the path holds. */
	if (rs->priv != NULL && rs->priv->ignore_pf != NULL) {
		a.len = strlen(relpath);
		if (prefilter_each_candidate(rs->priv->ignore_pf, relpath,
		    a.len, ignore_candidate, &a) == 0)
			return false;
		if (why != NULL)
			*why = a.hit->source;
		return true;
	}
	i = rule_patterns_first_match(m, &rs->ignore, relpath,
	    strlen(relpath));
	if (i < 0)
		return false;
	if (why != NULL)
		*why = rs->ignore.v[i].source;
	return true;
}
