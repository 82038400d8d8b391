/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * alerts.h - alerts from clause transitions, computed from successive
 * status documents (status.h): pure, with the clock passed in.
 *
 * The module keeps the last *known* state of every clause and item (the
 * files that counted), persisted as a small JSON file in the state
 * directory (written atomically), so that a restart does not alert again
 * what was already missing before it.  A change of a clause's state is
 * only *pending* at first: it fires when it still holds `grace` seconds
 * later, so a save through a temporary file, a move, or a delete then
 * restore within the grace period never alerts, and a rename within the
 * share (the file still counts under its new name) changes nothing.
 *
 * Causes, per item: "removed" (the file left the share: deleted or moved
 * out), "moved" (renamed to a name that does not count), "changed" (still
 * there, no longer matches), "expired" (counts but too old), "added" and
 * "restored" on the way back, "expires_soon" for the early warning.  The
 * daemon tells what is still in the share through alerts_set_exists(),
 * or single paths through alerts_note(); without either a file that
 * stopped counting is taken as "changed".
 */
#ifndef EVIDENCED_ALERTS_H
#define EVIDENCED_ALERTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

#define ALERTS_STATE_NAME "alerts-state.json"
#define ALERTS_LOG_NAME "alerts.jsonl"

struct alert {
	time_t time;
	char *clause;           /* id */
	char *phase;            /* 要点, may be "" */
	char *item;             /* id, "" for the clause as a whole */
	char *from, *to;        /* clause states (clause_state_name) */
	char *kind;             /* "degraded", "resolved", "changed",
	                         * "expires_soon" */
	char *cause;            /* see above */
	char **files;           /* share-relative paths concerned */
	size_t n_files;
	time_t expires_at;      /* expires_soon: when it goes stale */
};

struct alerts;

/*
 * state_file: where the known states are kept (NULL: nowhere, tests).
 * grace and warning in seconds.  A missing or unreadable state file
 * means "first run": the first document is taken as known, silently.
 * 0 and *out, or -ENOMEM.
 */
int alerts_new(const char *state_file, long grace, long warning,
    struct alerts **out);
void alerts_free(struct alerts *a);
void alerts_set_grace(struct alerts *a, long grace, long warning);

/* Why path (raw, share-relative) stopped counting, if it did: "removed"
 * or "moved".  Kept until the pending transitions are settled. */
void alerts_note(struct alerts *a, const char *path, const char *cause);

/* How path (the status's "path") left the share's index, or NULL while
 * it is still there: "deleted", "moved_out", or "removed" when nobody
 * saw how (a rescan found it gone).  A file that stopped counting and is
 * still there "changed".  Without it (or a note), "changed". */
typedef const char *(*alerts_gone_fn)(void *ctx, const char *path);
void alerts_set_gone(struct alerts *a, alerts_gone_fn fn, void *ctx);

/* Whether no transition waits for its grace period: what explains the
 * pending ones (alerts_note, the caller's own notes) may be dropped. */
bool alerts_settled(const struct alerts *a);

/*
 * Mark items of doc that go stale within the warning period with
 * "expires_soon": true (additive; items carry "expires_at" from
 * status.c).  0 or -ENOMEM.
 */
int alerts_annotate(const struct alerts *a, struct json_object *doc,
    time_t now);

/*
 * Compare doc (a status document, borrowed) with the known states at
 * time now: start, keep or drop pending transitions, fire those whose
 * grace has passed and the early warnings due.  Fired alerts are added
 * to *out, *n (caller frees with alerts_list_free; may be appended to).
 * The first call after alerts_new() with a state file logs the clauses
 * that were not covered before the start (once).  0 or -ENOMEM; a state
 * file that cannot be written is logged once.
 */
int alerts_update(struct alerts *a, struct json_object *doc, time_t now,
    struct alert **out, size_t *n);

/* When alerts_update() must run again even if nothing changes (a grace
 * period ends, an item expires or enters its warning), or 0: never. */
time_t alerts_next(const struct alerts *a);

/* The alert as one JSON object (time, clause, phase, item, from, to,
 * kind, cause, files[, expires_at]).  NULL on out of memory. */
struct json_object *alert_json(const struct alert *al);

void alerts_list_free(struct alert *list, size_t n);

/*
 * How an item of a status document (it) differs from its earlier state
 * from with the files that counted then (from_files, an array of paths):
 * *cause (caller frees) is "deleted", "moved_out", "removed", "changed"
 * or several comma-separated when it got worse (gone as for
 * alerts_set_gone, may be NULL),
 * "expired" when its files only grew too old, "added" or "changed" when
 * it got better; *files (caller puts) the paths concerned.  The daemon's
 * history (history.h) words its changes like the alerts.  0 or -ENOMEM.
 */
int alerts_item_cause(const char *from, struct json_object *from_files,
    struct json_object *it, alerts_gone_fn gone, void *ctx,
    char **cause, struct json_object **files);

#endif
