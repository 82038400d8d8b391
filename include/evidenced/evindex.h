/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evindex.h - the evidence index: every file on the share that the
 * scanner looked at, keyed by its share-relative path, plus the problems
 * met on the way (unreadable files, FIFOs, symlink loops).
 *
 * The index is the daemon's memory between events: a create/modify event
 * replaces one record, a delete removes it, a directory moved away removes
 * everything beneath it.  verdict.c turns the index into clause states.
 */
#ifndef EVIDENCED_EVINDEX_H
#define EVIDENCED_EVINDEX_H

#include <stddef.h>

#include "evidenced/scanner.h"

struct evindex;

struct evindex_problem {
	const char *path;       /* UTF-8 share-relative path */
	const char *what;       /* "not a regular file (FIFO)", ... */
};

/* NULL on ENOMEM. */
struct evindex *evindex_new(void);
void evindex_free(struct evindex *idx);

/* Take ownership of rec, replacing any record with the same path (the
 * old one is freed).  Also clears a problem recorded for that path. */
int evindex_put(struct evindex *idx, struct file_record *rec);
/* 0 or -ENOENT. */
int evindex_remove(struct evindex *idx, const char *path);
/* Remove records and problems at dir and beneath it; returns how many. */
size_t evindex_remove_under(struct evindex *idx, const char *dir);
/* Borrowed pointer, valid until the record is replaced or removed. */
const struct file_record *evindex_get(const struct evindex *idx,
    const char *path);
size_t evindex_count(const struct evindex *idx);

/*
 * All records sorted by path, as a new array of borrowed pointers (caller
 * frees the array only).  0 or -ENOMEM.
 */
int evindex_sorted(const struct evindex *idx,
    const struct file_record ***out, size_t *n);

/* Record a problem for path (copied; replaces an earlier one). */
int evindex_set_problem(struct evindex *idx, const char *path,
    const char *what);
/* Problems sorted by path; array caller-freed, strings borrowed. */
int evindex_problems(const struct evindex *idx,
    struct evindex_problem **out, size_t *n);

#endif
