/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * history.h - every state change of every clause and item, kept in a
 * SQLite database in the state directory, and `evidencectl history`.
 *
 * The daemon hands every status it publishes to history_record(): a
 * clause or an item whose state differs from the one recorded last is
 * one row, at once (no grace period: a file deleted and restored within
 * the alert grace is two rows here and no alert), with its time, from,
 * to, cause and the files concerned.  The states recorded last are kept
 * too (table current), so a restart records only what changed while the
 * daemon was down, never a burst of changes that did not happen.
 *
 * A database of its own (HISTORY_DB_NAME) beside the state database
 * (state.h): that one is a cache of the share, rebuilt from a scan when
 * its schema changes or it is corrupt, and private (mode 0600) since it
 * holds document text.  The history is the only copy of the past, so it
 * survives any rebuild of the file tables, and it is readable by the
 * group of the state directory (mode 0640), like the status document:
 * `evidencectl history` opens it read-only while the daemon writes (WAL;
 * the -wal and -shm files are kept after the daemon stops so that a
 * reader who may not create files there can still open it).
 *
 * Schema (PRAGMA application_id HISTORY_APP_ID, user_version
 * HISTORY_SCHEMA_VERSION):
 *   history(id INTEGER PRIMARY KEY, time INTEGER (Unix seconds),
 *           clause TEXT, item TEXT, phase TEXT, from_state TEXT,
 *           to_state TEXT, cause TEXT, files TEXT (a JSON array))
 *   current(clause TEXT, item TEXT, state TEXT, files TEXT,
 *           PRIMARY KEY(clause, item))
 * item is "" for the clause as a whole; from_state is "" when there was
 * no earlier state (first scan, an item new in the rules), to_state ""
 * when the rules no longer have it.  Clause states are those of
 * clause_state_name(), item states found, missing, stale.
 *
 * Causes: an item's are alerts_item_cause()'s ("removed": deleted, moved
 * out or renamed to a name that does not count; "changed"; "expired";
 * "added"; several comma-separated); a clause's are those of its items
 * that changed with it; "first_scan" (nothing recorded before),
 * "rules_reloaded" (the first status after SIGHUP), "rules_changed" (an
 * item that appeared in or left the rules).
 *
 * A missing database is created; a corrupt one is moved aside to
 * HISTORY_DB_NAME ".corrupt", one of another program or a newer schema
 * to HISTORY_DB_NAME ".old", and a new one made: logged, never fatal.  A
 * write that fails (a full disk) is logged once, its recovery once; the
 * changes it held are recorded at the next status, later.
 */
#ifndef EVIDENCED_HISTORY_H
#define EVIDENCED_HISTORY_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include <json-c/json.h>

#include "evidenced/alerts.h"
#include "evidenced/report.h"

#define HISTORY_DB_NAME "history.db"
#define HISTORY_APP_ID 0x45564448       /* "EVDH" */
#define HISTORY_SCHEMA_VERSION 1

struct history;

/*
 * Open (create) the history database in dir for writing.  keep_days:
 * rows older than this are pruned (at the open and once a day); 0 keeps
 * everything.  0 and *out, or a negative errno when dir cannot be used.
 */
int history_open(const char *dir, unsigned keep_days, struct history **out);
void history_close(struct history *h);
void history_set_keep(struct history *h, unsigned keep_days);

/*
 * Record the changes of doc (a status document, borrowed) at time now
 * against the states recorded last.  cause: NULL, or the cause of every
 * change this time (the first status after a reload: "rules_reloaded").
 * gone tells how a file that stopped counting left the share, if it
 * did (alerts.h; may be NULL).  How many rows were added, or a negative
 * errno (the write failed: logged once, nothing recorded).
 */
int history_record(struct history *h, struct json_object *doc, time_t now,
    const char *cause, alerts_gone_fn gone, void *ctx);

/* Delete the rows older than before.  How many, or a negative errno. */
int history_prune(struct history *h, time_t before);

struct history_query {
	const char *id;         /* clause "36" (its items too) or "36/sla";
				   NULL: all */
	time_t since;           /* 0: from the start */
	bool json;              /* JSON lines, else a table */
	enum report_lang lang;
};

/*
 * Print the rows of the history database in dir that q selects to out,
 * oldest first: JSON lines ({"time","clause","phase","item","from","to",
 * "cause","files"}, the shape of alerts.jsonl's objects) or a table
 * aligned by display width.  The database is opened read-only.  How many
 * rows, or a negative errno with err set: -ENOENT (no history yet),
 * -EINVAL (not a history database, or a newer one), -EACCES & co.
 */
int history_print(const char *dir, const struct history_query *q,
    FILE *out, char *err, size_t errlen);

/*
 * --since: "2026-11-01" (local midnight), "2026-11-01T10:00",
 * "2026-11-01T10:00:00Z" or with an offset (ISO 8601, GLib), or a
 * duration back from now: "7d", "12h", "30m", "2w".  0 or -EINVAL.
 */
int history_parse_since(const char *s, time_t now, time_t *out);

#endif
