/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * verdict.h - clause and evidence-item states, computed from the ruleset
 * and the evidence index for one applicant level at one moment.
 *
 * Semantics (README.md, "Clause states"):
 *   item found    at least min_files counting files, fresh enough
 *   item stale    enough counting files, but too few of them fresh
 *   item missing  fewer than min_files counting files
 *   clause covered         every item found
 *   clause stale           no item missing, at least one stale
 *   clause missing         every item missing
 *   clause partial         anything else (some items have evidence)
 *   clause not_applicable  the level excludes the clause
 */
#ifndef EVIDENCED_VERDICT_H
#define EVIDENCED_VERDICT_H

#include <stddef.h>
#include <time.h>

#include "evidenced/evindex.h"
#include "evidenced/rules.h"

enum clause_state {
	CLAUSE_COVERED = 0,
	CLAUSE_PARTIAL,
	CLAUSE_MISSING,
	CLAUSE_STALE,
	CLAUSE_NOT_APPLICABLE,
	CLAUSE_STATE_COUNT
};

enum item_state {
	ITEM_FOUND = 0,
	ITEM_MISSING,
	ITEM_STALE,
};

const char *clause_state_name(enum clause_state s);
int clause_state_parse(const char *s, enum clause_state *out);
const char *item_state_name(enum item_state s);

/* One file listed under an item: borrowed from the index. */
struct verdict_file {
	const struct file_record *rec;
	const struct file_match *match;
	int fresh;              /* counts and within max_age */
};

struct verdict_item {
	const struct rule_item *item;
	enum item_state state;
	size_t n_files;         /* counting files, sorted by path */
	struct verdict_file *files;
	size_t n_candidates;    /* near matches (identified, do not count) */
	struct verdict_file *candidates;
};

struct verdict_clause {
	const struct rule_clause *clause;
	enum clause_state state;
	size_t n_items;
	struct verdict_item *items;
};

struct verdict {
	int level;
	time_t now;
	size_t count[CLAUSE_STATE_COUNT];
	size_t n_clauses;
	struct verdict_clause *clauses;  /* in ruleset (form) order */
};

/*
 * Compute states.  The verdict borrows from rs and idx: free it before
 * either changes.  0 and *out (free with verdict_free), or -ENOMEM.
 */
int verdict_compute(const struct ruleset *rs, const struct evindex *idx,
    int level, time_t now, struct verdict **out);
void verdict_free(struct verdict *v);

#endif
