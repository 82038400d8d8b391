/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * verdict.c - from "which files match which items" to "which clauses are
 * covered".  This is where "partial rather than guess" is decided.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/verdict.h"

static const char *const clause_state_names[CLAUSE_STATE_COUNT] = {
	[CLAUSE_COVERED] = "covered",
	[CLAUSE_PARTIAL] = "partial",
	[CLAUSE_MISSING] = "missing",
	[CLAUSE_STALE] = "stale",
	[CLAUSE_NOT_APPLICABLE] = "not_applicable",
};

const char *
clause_state_name(enum clause_state s)
{
	return (unsigned)s < CLAUSE_STATE_COUNT ? clause_state_names[s] : "?";
}

int
clause_state_parse(const char *s, enum clause_state *out)
{
	int i;

	for (i = 0; i < CLAUSE_STATE_COUNT; i++) {
		if (strcmp(s, clause_state_names[i]) == 0) {
			*out = (enum clause_state)i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *
item_state_name(enum item_state s)
{
	switch (s) {
	case ITEM_FOUND:
		return "found";
	case ITEM_STALE:
		return "stale";
	case ITEM_MISSING:
		break;
	}
	return "missing";
}

void
verdict_free(struct verdict *v)
{
	size_t c, i;

	if (v == NULL)
		return;
	for (c = 0; c < v->n_clauses; c++) {
		for (i = 0; i < v->clauses[c].n_items; i++) {
			free(v->clauses[c].items[i].files);
			free(v->clauses[c].items[i].candidates);
		}
		free(v->clauses[c].items);
	}
	free(v->clauses);
	free(v);
}

static int
push_file(struct verdict_file **arr, size_t *n, const struct file_record *rec,
    const struct file_match *m, int fresh)
{
	struct verdict_file *tmp;

	/* Grow by powers of two: the count is also the capacity hint. */
	if ((*n & (*n - 1)) == 0) {
		tmp = realloc(*arr, (*n ? *n * 2 : 1) * sizeof(**arr));
		if (tmp == NULL)
			return -ENOMEM;
		*arr = tmp;
	}
	(*arr)[*n].rec = rec;
	(*arr)[*n].match = m;
	(*arr)[*n].fresh = fresh;
	(*n)++;
	return 0;
}

/* "clause\x1fitem": ids cannot hold a control character. */
static char *
item_key(const char *clause_id, const char *item_id)
{
	return g_strconcat(clause_id, "\x1f", item_id, NULL);
}

static enum item_state
item_state_of(const struct verdict_item *vi)
{
	size_t fresh = 0, i;

	for (i = 0; i < vi->n_files; i++)
		fresh += vi->files[i].fresh != 0;
	if (fresh >= vi->item->min_files)
		return ITEM_FOUND;
	if (vi->n_files >= vi->item->min_files)
		return ITEM_STALE;
	return ITEM_MISSING;
}

static enum clause_state
clause_state_of(const struct verdict_clause *vc)
{
	size_t found = 0, stale = 0, missing = 0, i;

	for (i = 0; i < vc->n_items; i++) {
		switch (vc->items[i].state) {
		case ITEM_FOUND:
			found++;
			break;
		case ITEM_STALE:
			stale++;
			break;
		case ITEM_MISSING:
			missing++;
			break;
		}
	}
	if (vc->n_items == 0 || missing == vc->n_items)
		return CLAUSE_MISSING;
	if (found == vc->n_items)
		return CLAUSE_COVERED;
	if (missing == 0)
		return CLAUSE_STALE;
	return CLAUSE_PARTIAL;
}

/* Records name items by id: find each in the verdict through items. */
static int
place_record(struct verdict *v, GHashTable *items,
    const struct file_record *rec)
{
	size_t j;
	int rc;

	for (j = 0; j < rec->n_matches; j++) {
		const struct file_match *m = &rec->matches[j];
		struct verdict_item *vi;
		char *key;
		int fresh;

		key = item_key(m->clause_id, m->item_id);
		vi = g_hash_table_lookup(items, key);
		g_free(key);
		/* A record judged by an older ruleset may name an item
		 * that is gone: it proves nothing now. */
		if (vi == NULL)
			continue;
		if (m->counts) {
			fresh = vi->item->max_age <= 0 ||
			    v->now - rec->facts->date <= vi->item->max_age;
			rc = push_file(&vi->files, &vi->n_files, rec, m,
			    fresh);
		} else {
			rc = push_file(&vi->candidates, &vi->n_candidates,
			    rec, m, 0);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

static bool
has_matches(const struct file_record *rec)
{
	return rec->n_matches > 0;
}

int
verdict_compute(const struct ruleset *rs, const struct evindex *idx,
    int level, time_t now, struct verdict **out)
{
	const struct file_record **recs = NULL;
	GHashTable *items;
	struct verdict *v;
	size_t nrecs = 0, c, i;
	int rc;

	*out = NULL;
	v = calloc(1, sizeof(*v));
	if (v == NULL)
		return -ENOMEM;
	items = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	v->level = level;
	v->now = now;
	v->n_clauses = rs->n_clauses;
	v->clauses = calloc(rs->n_clauses + 1, sizeof(*v->clauses));
	if (v->clauses == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	for (c = 0; c < rs->n_clauses; c++) {
		struct verdict_clause *vc = &v->clauses[c];

		vc->clause = &rs->clauses[c];
		vc->n_items = rs->clauses[c].n_items;
		vc->items = calloc(vc->n_items + 1, sizeof(*vc->items));
		if (vc->items == NULL) {
			rc = -ENOMEM;
			goto fail;
		}
		for (i = 0; i < vc->n_items; i++) {
			vc->items[i].item = &rs->clauses[c].items[i];
			g_hash_table_insert(items, item_key(rs->clauses[c].id,
			    rs->clauses[c].items[i].id), &vc->items[i]);
		}
	}

	/* Sorted records give sorted file lists for free. */
	rc = evindex_notable_sorted(idx, has_matches, &recs, &nrecs);
	if (rc < 0)
		goto fail;
	for (i = 0; i < nrecs; i++) {
		rc = place_record(v, items, recs[i]);
		if (rc < 0)
			goto fail;
	}

	for (c = 0; c < v->n_clauses; c++) {
		struct verdict_clause *vc = &v->clauses[c];

		for (i = 0; i < vc->n_items; i++)
			vc->items[i].state = item_state_of(&vc->items[i]);
		if (!rule_clause_applies(vc->clause, level))
			vc->state = CLAUSE_NOT_APPLICABLE;
		else
			vc->state = clause_state_of(vc);
		v->count[vc->state]++;
	}
	free(recs);
	g_hash_table_destroy(items);
	*out = v;
	return 0;
fail:
	free(recs);
	g_hash_table_destroy(items);
	verdict_free(v);
	return rc;
}
