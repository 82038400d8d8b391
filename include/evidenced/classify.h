/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * classify.h - decide, for one file, which evidence items it proves and why.
 *
 * The classifier is pure: it takes the compiled ruleset (const) and the
 * facts about one file (normalised path, type class, normalised title and
 * text) and returns one struct item_match per item that the file matched
 * or nearly matched.  It does no I/O; scanner.c gathers the facts.
 */
#ifndef EVIDENCED_CLASSIFY_H
#define EVIDENCED_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "evidenced/extract.h"
#include "evidenced/rules.h"

/* What identified or qualified a file (bits of item_match.matched_by). */
enum match_by {
	MATCH_NAME = 1u << 0,    /* a name pattern matched the path */
	MATCH_TITLE = 1u << 1,   /* a title pattern matched title/text head */
	MATCH_TYPE = 1u << 2,    /* the type class is accepted */
	MATCH_CONTENT = 1u << 3, /* content_all/content_any held */
};

struct classify_input {
	const char *path;       /* normalised share-relative path (textnorm) */
	const char *title;      /* normalised title, or NULL */
	const char *text;       /* normalised text, or NULL if none */
	size_t text_len;
	unsigned typeclass;     /* one enum ev_typeclass bit */
	bool empty;             /* zero bytes */
	enum extract_status text_status;  /* why text is NULL/partial */
	const char *text_reason;          /* extract_result.reason */
};

#define CLASSIFY_REASON_MAX 256

struct item_match {
	const struct rule_item *item;   /* owned by the ruleset */
	bool counts;            /* the file counts for the item */
	unsigned matched_by;    /* enum match_by bits */
	/* Pattern sources below are owned by the ruleset. */
	const char *name_pattern;       /* name pattern that hit, or NULL */
	const char *title_pattern;      /* title pattern that hit, or NULL */
	const char *excluded_by;        /* exclude pattern that hit, or NULL */
	char reason[CLASSIFY_REASON_MAX]; /* why it does not count; "" if it does */
};

/* Also report items whose content matched but which the file's name and
 * title do not identify (costly: every item's content patterns run). */
#define CLASSIFY_NEAR_CONTENT 0x1

/*
 * Classify one file.  On success *matches is a new array of *n entries
 * (caller frees with free(); entries own nothing), possibly empty (NULL,
 * 0).  Returns 0 or -ENOMEM.
 */
int classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct item_match **matches, size_t *n);

#endif
