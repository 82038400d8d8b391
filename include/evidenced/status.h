/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * status.h - the status document: the contract between the daemon, the
 * CLI and monitoring (README.md, "The status document").
 *
 * Written with json-c, replaced atomically (write to a temporary file in
 * the same directory, fsync, rename) so a reader never sees half a file.
 */
#ifndef EVIDENCED_STATUS_H
#define EVIDENCED_STATUS_H

#include <stdbool.h>
#include <sys/types.h>

#include <json-c/json.h>

#include "evidenced/evindex.h"
#include "evidenced/verdict.h"

#define STATUS_VERSION 1

/*
 * Near misses listed per item at most; the rest are only counted
 * ("candidates_omitted"), so that a directory of 100,000 files that
 * nearly match an item cannot blow the document up.
 */
#define STATUS_MAX_CANDIDATES 20

/*
 * Build the document for verdict v (problems taken from idx, which may be
 * NULL).  share is the absolute share path.  0 and *out (caller puts it
 * with json_object_put), or -ENOMEM.
 */
int status_build(const struct verdict *v, const struct evindex *idx,
    const char *share, struct json_object **out);

/*
 * A daemon rebuilds the document after every settled change, and on a
 * share of 100,000 files most of its cost is the clauses the change did
 * not touch.  A cache keeps each clause's fragment until the index says
 * the clause changed (evindex_clause_stamp), the clock reaches the next
 * expiry among its files, or status_cache_clear() (a new ruleset or
 * level).  Fragments are shared with the documents built from them:
 * readers must not change a clause object except to (re)set a key.
 */
struct status_cache;

struct status_cache *status_cache_new(void);
void status_cache_free(struct status_cache *c);
void status_cache_clear(struct status_cache *c);

/* status_build() through cache c (NULL: no cache).  idx is required
 * with a cache. */
int status_build_cached(const struct verdict *v, const struct evindex *idx,
    const char *share, struct status_cache *c, struct json_object **out);

/*
 * Write doc to path atomically: a new file with an unguessable name in
 * the same directory (mkostemp, never following a planted link), given
 * mode (e.g. 0640) and, unless gid is (gid_t)-1, group gid, fsynced,
 * renamed over path, then the directory fsynced.  On failure path is
 * left as it was and the temporary file removed.  0 or negative errno.
 */
int status_write(struct json_object *doc, const char *path, mode_t mode,
    gid_t gid);

/*
 * Read and check a status document: 0 and *out (caller puts it), -ENOENT,
 * -EINVAL when it is not a regular file (a FIFO is never waited on), not
 * JSON or not a status document (version missing or newer than
 * STATUS_VERSION); err gets a message.
 */
int status_load(const char *path, struct json_object **out, char *err,
    size_t errlen);

/*
 * Readers of a loaded document that never fail: the string at key (""
 * when absent or not a string), the array at key (NULL when absent or
 * not an array), an array's length (0 for NULL).  Borrowed.
 */
const char *status_str(struct json_object *o, const char *key);
struct json_object *status_arr(struct json_object *o, const char *key);
size_t status_len(struct json_object *a);

/*
 * A file entry of an item's "files" or "candidates": its "path", its
 * "date" ("" when none), and whether it has "fresh": false.  Use these,
 * not status_str(): in the daemon's own documents an entry is a compact
 * string that prints as the whole object (status.c, "frozen").
 */
const char *status_file_path(struct json_object *f);
const char *status_file_date(struct json_object *f);
bool status_file_stale(struct json_object *f);

#endif
