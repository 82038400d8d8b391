/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evindex.h - the evidence index: every file on the share that the
 * scanner looked at, keyed by its share-relative name as raw bytes (two
 * names that decode to the same text are still two files), plus the
 * problems met on the way (unreadable files, FIFOs, symlink loops).
 *
 * The index is the daemon's memory between events: a create/modify event
 * replaces one record, a delete removes it, a directory moved away removes
 * everything beneath it.  verdict.c turns the index into clause states.
 */
#ifndef EVIDENCED_EVINDEX_H
#define EVIDENCED_EVINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "evidenced/scanner.h"

struct evindex;

struct evindex_problem {
	const char *relpath;    /* raw share-relative name */
	const char *path;       /* UTF-8 share-relative path, for display */
	const char *what;       /* "not a regular file (FIFO)", ... */
};

/* NULL on ENOMEM. */
struct evindex *evindex_new(void);
void evindex_free(struct evindex *idx);

/* Take ownership of rec, replacing any record with the same relpath
 * (the old one is freed).  Also clears a problem recorded for it. */
int evindex_put(struct evindex *idx, struct file_record *rec);
/* Remove the record (and problem) of relpath.  0 or -ENOENT. */
int evindex_remove(struct evindex *idx, const char *relpath);
/* Remove the record of relpath and hand it to the caller, or NULL. */
struct file_record *evindex_take(struct evindex *idx, const char *relpath);
/* Remove records and problems at dir and beneath it ("" = all); returns
 * how many. */
size_t evindex_remove_under(struct evindex *idx, const char *dir);
/* Borrowed pointer, valid until the record is replaced or removed. */
const struct file_record *evindex_get(const struct evindex *idx,
    const char *relpath);
size_t evindex_count(const struct evindex *idx);

/*
 * The relpaths (raw) of all records at dir and beneath it ("" = all), as
 * a new NULL-terminated array of new strings (free with g_strfreev() or
 * evindex_strv_free()).  0 or -ENOMEM.
 */
int evindex_relpaths_under(const struct evindex *idx, const char *dir,
    char ***out, size_t *n);
void evindex_strv_free(char **v);

/* Set the walk_mark of relpath's record and return it (borrowed, as
 * evindex_get), or NULL when there is none. */
const struct file_record *evindex_mark(struct evindex *idx,
    const char *relpath, unsigned mark);
/* Like evindex_relpaths_under(), of the records whose walk_mark is not
 * mark only. */
int evindex_unmarked_under(const struct evindex *idx, const char *dir,
    unsigned mark, char ***out, size_t *n);

/*
 * All records sorted by display path, as a new array of borrowed pointers
 * (caller frees the array only).  0 or -ENOMEM.
 */
int evindex_sorted(const struct evindex *idx,
    const struct file_record ***out, size_t *n);

/*
 * The same for the records keep() accepts only: most files on a share
 * prove nothing, and sorting 100,000 records to list 7,000 is most of
 * the cost of a status.
 */
int evindex_sorted_if(const struct evindex *idx,
    bool (*keep)(const struct file_record *rec), const struct file_record ***out,
    size_t *n);

/*
 * The same over the notable records only (file_record_notable(): they
 * prove something, or could not be read): what a verdict and a status
 * need, without visiting the files that prove nothing.
 */
int evindex_notable_sorted(const struct evindex *idx,
    bool (*keep)(const struct file_record *rec), const struct file_record ***out,
    size_t *n);

/*
 * Change stamps.  Every put, take or removal of a record that matches
 * anything moves the index's stamp and that of each clause the record
 * names; a status cache keeps a clause's fragment while the clause's
 * stamp is not newer than the fragment.  0: never changed.
 */
uint64_t evindex_stamp(const struct evindex *idx);
uint64_t evindex_clause_stamp(const struct evindex *idx,
    const char *clause_id);

/* Record a problem for relpath (raw; copied; replaces an earlier one). */
int evindex_set_problem(struct evindex *idx, const char *relpath,
    const char *what);
/* Forget the problem of relpath, if any (its record stays). */
void evindex_clear_problem(struct evindex *idx, const char *relpath);
size_t evindex_problem_count(const struct evindex *idx);
/* Problems sorted by display path; array caller-freed, strings
 * borrowed. */
int evindex_problems(const struct evindex *idx,
    struct evindex_problem **out, size_t *n);

#endif
