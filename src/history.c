/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * history.c - the history of clause and item states in history.db (see
 * history.h): the daemon's writer and `evidencectl history`'s reader.
 *
 * Ownership: struct history owns its connection and an in-memory mirror
 * of the table current (key "clause\x1fitem" -> struct cur), updated only
 * after a commit succeeded, so that a failed write is recorded later as
 * the difference it still is.  The reader trusts nothing in the file: a
 * row whose files are not a JSON array prints without files.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>

#include "evidenced/config.h"
#include "evidenced/dates.h"
#include "evidenced/history.h"
#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/state.h"
#include "evidenced/status.h"
#include "evidenced/verdict.h"

#define KEY_SEP "\x1f"
#define DAY 86400

static const char schema_sql[] =
    "CREATE TABLE history ("
    " id INTEGER PRIMARY KEY,"
    " time INTEGER NOT NULL,"
    " clause TEXT NOT NULL, item TEXT NOT NULL, phase TEXT NOT NULL,"
    " from_state TEXT NOT NULL, to_state TEXT NOT NULL,"
    " cause TEXT NOT NULL, files TEXT NOT NULL);"
    "CREATE INDEX history_time ON history(time);"
    "CREATE INDEX history_clause ON history(clause, item, time);"
    "CREATE TABLE current ("
    " clause TEXT NOT NULL, item TEXT NOT NULL,"
    " state TEXT NOT NULL, files TEXT NOT NULL,"
    " PRIMARY KEY(clause, item)) WITHOUT ROWID;";

struct cur {
	char *state;
	char *files;            /* JSON array of paths, as stored */
};

struct history {
	sqlite3 *db;
	char *path;
	GHashTable *current;    /* "clause\x1fitem" -> struct cur */
	unsigned keep_days;
	time_t next_prune;
	bool failing;           /* the last write failed (said once) */
};

/* One change to write: a row of history (unless only the files that
 * count changed: a rename) and the row of current. */
struct change {
	char *key;
	char *clause, *item, *phase, *from, *to, *cause;
	char *files;            /* the row's: the files concerned */
	char *cur_files;        /* current's: the files that count now;
				   NULL with to "": the row is deleted */
	bool history_row;
};

static void
cur_free(void *p)
{
	struct cur *c = p;

	g_free(c->state);
	g_free(c->files);
	g_free(c);
}

static void
change_free(void *p)
{
	struct change *c = p;

	g_free(c->key);
	g_free(c->clause);
	g_free(c->item);
	g_free(c->phase);
	g_free(c->from);
	g_free(c->to);
	g_free(c->cause);
	g_free(c->files);
	g_free(c->cur_files);
	g_free(c);
}

/* ---- opening ---------------------------------------------------------- */

/* The negative errno of an SQLite failure, never 0. */
static int
fail(int rc)
{
	return state_sqlite_errno(rc) != 0 ? state_sqlite_errno(rc) : -EIO;
}

static int
connect_rw(struct history *h)
{
	int fd, one = 1, rc;

	/* Created here so that it (and the -wal and -shm files SQLite gives
	 * the same mode) is readable by the group, whatever the umask. */
	fd = open(h->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0640);
	if (fd < 0)
		return -errno;
	close(fd);
	rc = sqlite3_open_v2(h->path, &h->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_close_v2(h->db);
		h->db = NULL;
		return fail(rc);
	}
	sqlite3_busy_timeout(h->db, 2000);
	/* Readers who cannot create files in the state directory need the
	 * -wal and -shm files to exist to open a WAL database read-only. */
	sqlite3_file_control(h->db, "main", SQLITE_FCNTL_PERSIST_WAL, &one);
	return 0;
}

/* SQLITE_OK, or the error: creates the schema in an empty file, checks
 * ours, sets *foreign for another program's or a newer schema. */
static int
prepare_db(struct history *h, bool *foreign)
{
	int64_t app, ver, tables;
	char sql[160];
	int rc;

	*foreign = false;
	if ((rc = state_sqlite_int(h->db, "PRAGMA application_id", &app)) ||
	    (rc = state_sqlite_int(h->db, "PRAGMA user_version", &ver)) ||
	    (rc = state_sqlite_int(h->db, "SELECT count(*) FROM sqlite_master",
	    &tables)))
		return rc;
	if (app == HISTORY_APP_ID && ver == HISTORY_SCHEMA_VERSION)
		return SQLITE_OK;
	/* (Older schemas of ours are migrated here once there are any.) */
	if (tables != 0 || app != 0 || ver != 0) {
		*foreign = true;
		return SQLITE_OK;
	}
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; "
	    "PRAGMA user_version = %d;", HISTORY_APP_ID,
	    HISTORY_SCHEMA_VERSION);
	if ((rc = sqlite3_exec(h->db, "BEGIN", NULL, NULL, NULL)) ||
	    (rc = sqlite3_exec(h->db, schema_sql, NULL, NULL, NULL)) ||
	    (rc = sqlite3_exec(h->db, sql, NULL, NULL, NULL)) ||
	    (rc = sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL)))
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int
set_wal(struct history *h)
{
	sqlite3_stmt *q = NULL;
	int rc;

	if ((rc = sqlite3_prepare_v2(h->db, "PRAGMA journal_mode = WAL", -1,
	    &q, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return rc;
	return sqlite3_exec(h->db, "PRAGMA synchronous = NORMAL", NULL, NULL,
	    NULL);
}

/* The mirror of current. */
static int
load_current(struct history *h)
{
	sqlite3_stmt *q = NULL;
	int rc;

	g_hash_table_remove_all(h->current);
	if ((rc = sqlite3_prepare_v2(h->db, "SELECT clause, item, state, "
	    "files FROM current", -1, &q, NULL)) != SQLITE_OK)
		return rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct cur *c = g_new0(struct cur, 1);

		c->state = g_strdup((const char *)sqlite3_column_text(q, 2));
		c->files = g_strdup((const char *)sqlite3_column_text(q, 3));
		g_hash_table_replace(h->current, g_strconcat(
		    (const char *)sqlite3_column_text(q, 0), KEY_SEP,
		    (const char *)sqlite3_column_text(q, 1), NULL), c);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Move the file aside (suffix) with its -wal and -shm, start anew. */
static void
set_aside(struct history *h, const char *suffix)
{
	static const char *const side[] = { "", "-wal", "-shm" };
	size_t i;

	sqlite3_close_v2(h->db);
	h->db = NULL;
	for (i = 0; i < 3; i++) {
		char *from = g_strconcat(h->path, side[i], NULL);
		char *to = g_strconcat(h->path, suffix, side[i], NULL);

		if (rename(from, to) < 0)
			unlink(from);
		g_free(from);
		g_free(to);
	}
}

static int
open_db(struct history *h)
{
	bool foreign = false;
	int rc, tries;

	for (tries = 0; tries < 2; tries++) {
		if ((rc = connect_rw(h)) < 0)
			return rc;
		rc = prepare_db(h, &foreign);
		if (rc == SQLITE_OK && foreign) {
			log_warnx("%s: not this version's history database; "
			    "moved aside to %s.old, starting a new history",
			    h->path, HISTORY_DB_NAME);
			set_aside(h, ".old");
			continue;
		}
		if (rc == SQLITE_OK && (rc = set_wal(h)) == SQLITE_OK &&
		    (rc = load_current(h)) == SQLITE_OK)
			return 0;
		if ((rc & 0xff) != SQLITE_CORRUPT &&
		    (rc & 0xff) != SQLITE_NOTADB)
			break;
		log_warnx("%s: corrupt (%s); moved aside to %s.corrupt, "
		    "starting a new history", h->path, sqlite3_errstr(rc),
		    HISTORY_DB_NAME);
		set_aside(h, ".corrupt");
	}
	rc = state_sqlite_errno(rc);
	sqlite3_close_v2(h->db);
	h->db = NULL;
	return rc < 0 ? rc : -EIO;
}

int
history_open(const char *dir, unsigned keep_days, struct history **out)
{
	struct history *h = g_new0(struct history, 1);
	int rc;

	*out = NULL;
	h->path = g_build_filename(dir, HISTORY_DB_NAME, NULL);
	h->current = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    cur_free);
	h->keep_days = keep_days;
	if ((rc = open_db(h)) < 0) {
		history_close(h);
		return rc;
	}
	*out = h;
	return 0;
}

void
history_close(struct history *h)
{
	if (h == NULL)
		return;
	sqlite3_close_v2(h->db);
	g_hash_table_destroy(h->current);
	g_free(h->path);
	g_free(h);
}

void
history_set_keep(struct history *h, unsigned keep_days)
{
	h->keep_days = keep_days;
	h->next_prune = 0;
}

int
history_prune(struct history *h, time_t before)
{
	sqlite3_stmt *q = NULL;
	int rc;

	if ((rc = sqlite3_prepare_v2(h->db, "DELETE FROM history WHERE "
	    "time < ?1", -1, &q, NULL)) == SQLITE_OK) {
		sqlite3_bind_int64(q, 1, (sqlite3_int64)before);
		rc = sqlite3_step(q);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return fail(rc);
	return sqlite3_changes(h->db);
}

/* ---- recording ---------------------------------------------------------- */

/* The paths of a status item's files, as a JSON array string. */
static char *
files_of(struct json_object *it)
{
	struct json_object *fs = status_arr(it, "files");
	struct json_object *a = json_object_new_array();
	char *s;
	size_t i;

	for (i = 0; i < status_len(fs); i++)
		json_object_array_add(a, json_object_new_string(
		    status_file_path(json_object_array_get_idx(fs, i))));
	s = g_strdup(json_object_to_json_string_ext(a, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(a);
	return s;
}

static struct change *
change_new(GPtrArray *out, const char *clause, const char *item,
    const char *phase, const char *from, const char *to)
{
	struct change *c = g_new0(struct change, 1);

	c->key = g_strconcat(clause, KEY_SEP, item, NULL);
	c->clause = g_strdup(clause);
	c->item = g_strdup(item);
	c->phase = g_strdup(phase);
	c->from = g_strdup(from);
	c->to = g_strdup(to);
	c->history_row = true;
	g_ptr_array_add(out, c);
	return c;
}

/* Add the comma-separated causes of what to the set in s. */
static void
add_causes(GString *s, const char *what)
{
	char **parts = g_strsplit(what, ",", -1);
	size_t i;

	for (i = 0; parts[i] != NULL; i++) {
		char **have = g_strsplit(s->str, ",", -1);

		if (!g_strv_contains((const char *const *)have, parts[i]))
			g_string_append_printf(s, "%s%s", s->len ? "," : "",
			    parts[i]);
		g_strfreev(have);
	}
	g_strfreev(parts);
}

struct clause_acc {
	GString *causes;
	struct json_object *files;      /* union of the items' files */
};

/* One item of clause c: its change, if any, with the clause's causes and
 * files gathered in acc. */
static void
item_change(struct history *h, GPtrArray *out, GHashTable *seen,
    struct json_object *c, struct json_object *it, const char *hint,
    alerts_gone_fn gone, void *ctx, struct clause_acc *acc)
{
	const char *cid = status_str(c, "id"), *iid = status_str(it, "id");
	const char *st = status_str(it, "state");
	char *key = g_strconcat(cid, KEY_SEP, iid, NULL), *cause = NULL;
	struct cur *prev = g_hash_table_lookup(h->current, key);
	struct json_object *pf, *cf = NULL;
	struct change *ch;
	size_t i;

	g_hash_table_add(seen, key);
	if (prev != NULL && strcmp(prev->state, st) == 0) {
		char *files = files_of(it);

		/* Renamed: no change of state, but the files that count
		 * are the new names from now on. */
		if (strcmp(prev->files, files) != 0) {
			ch = change_new(out, cid, iid, "", st, st);
			ch->history_row = false;
			ch->cur_files = files;
		} else
			g_free(files);
		return;
	}
	ch = change_new(out, cid, iid, status_str(c, "phase"),
	    prev != NULL ? prev->state : "", st);
	ch->cur_files = files_of(it);
	if (prev == NULL) {
		ch->cause = g_strdup(hint != NULL ? hint :
		    g_hash_table_size(h->current) == 0 ? "first_scan" :
		    "rules_changed");
		cf = json_tokener_parse(ch->cur_files);
	} else {
		pf = json_tokener_parse(prev->files);
		if (alerts_item_cause(prev->state, pf, it, gone, ctx,
		    &cause, &cf) == 0)
			ch->cause = g_strdup(hint != NULL ? hint : cause);
		free(cause);
		json_object_put(pf);
	}
	if (ch->cause == NULL)
		ch->cause = g_strdup("changed");
	ch->files = g_strdup(cf != NULL ? json_object_to_json_string_ext(cf,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE) : "[]");
	add_causes(acc->causes, ch->cause);
	for (i = 0; i < status_len(cf); i++) {
		struct json_object *f = json_object_array_get_idx(cf, i);
		size_t j;
		bool dup = false;

		for (j = 0; j < status_len(acc->files); j++)
			dup |= strcmp(json_object_get_string(
			    json_object_array_get_idx(acc->files, j)),
			    json_object_get_string(f)) == 0;
		if (!dup)
			json_object_array_add(acc->files, json_object_get(f));
	}
	json_object_put(cf);
}

/* Clause c and its items. */
static void
clause_changes(struct history *h, GPtrArray *out, GHashTable *seen,
    struct json_object *c, const char *hint, alerts_gone_fn gone,
    void *ctx)
{
	struct json_object *ev = status_arr(c, "evidence");
	const char *cid = status_str(c, "id"), *st = status_str(c, "state");
	struct clause_acc acc;
	struct cur *prev;
	struct change *ch;
	size_t i, at;
	char *key;

	acc.causes = g_string_new(NULL);
	acc.files = json_object_new_array();
	/* The clause's row goes before its items'. */
	at = out->len;
	for (i = 0; i < status_len(ev); i++)
		item_change(h, out, seen, c, json_object_array_get_idx(ev, i),
		    hint, gone, ctx, &acc);
	key = g_strconcat(cid, KEY_SEP, NULL);
	prev = g_hash_table_lookup(h->current, key);
	g_hash_table_add(seen, key);
	if (prev == NULL || strcmp(prev->state, st) != 0) {
		ch = change_new(out, cid, "", status_str(c, "phase"),
		    prev != NULL ? prev->state : "", st);
		ch->cur_files = g_strdup("[]");
		ch->cause = g_strdup(hint != NULL ? hint : prev == NULL ?
		    (g_hash_table_size(h->current) == 0 ? "first_scan" :
		    "rules_changed") : acc.causes->len ? acc.causes->str :
		    "changed");
		ch->files = g_strdup(json_object_to_json_string_ext(acc.files,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
		/* Move it from the end to at. */
		g_ptr_array_steal_index(out, out->len - 1);
		g_ptr_array_insert(out, (gint)at, ch);
	}
	g_string_free(acc.causes, TRUE);
	json_object_put(acc.files);
}

static int
bind_text(sqlite3_stmt *q, int i, const char *s)
{
	return sqlite3_bind_text(q, i, s, -1, SQLITE_STATIC);
}

/* Write the changes in one transaction.  An SQLite result code. */
static int
write_changes(struct history *h, GPtrArray *out, time_t now)
{
	sqlite3_stmt *ins = NULL, *put = NULL, *del = NULL;
	size_t i;
	int rc;

	if ((rc = sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL)) != SQLITE_OK)
		return rc;
	if ((rc = sqlite3_prepare_v2(h->db, "INSERT INTO history(time, "
	    "clause, item, phase, from_state, to_state, cause, files) "
	    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", -1, &ins, NULL)) ||
	    (rc = sqlite3_prepare_v2(h->db, "INSERT OR REPLACE INTO "
	    "current(clause, item, state, files) VALUES(?1, ?2, ?3, ?4)",
	    -1, &put, NULL)) ||
	    (rc = sqlite3_prepare_v2(h->db, "DELETE FROM current WHERE "
	    "clause = ?1 AND item = ?2", -1, &del, NULL)))
		goto out;
	for (i = 0; i < out->len; i++) {
		struct change *c = out->pdata[i];

		if (c->history_row) {
			sqlite3_bind_int64(ins, 1, (sqlite3_int64)now);
			bind_text(ins, 2, c->clause);
			bind_text(ins, 3, c->item);
			bind_text(ins, 4, c->phase);
			bind_text(ins, 5, c->from);
			bind_text(ins, 6, c->to);
			bind_text(ins, 7, c->cause);
			bind_text(ins, 8, c->files);
			rc = sqlite3_step(ins);
			sqlite3_reset(ins);
			if (rc != SQLITE_DONE)
				goto out;
		}
		if (c->cur_files != NULL) {
			bind_text(put, 1, c->clause);
			bind_text(put, 2, c->item);
			bind_text(put, 3, c->to);
			bind_text(put, 4, c->cur_files);
			rc = sqlite3_step(put);
			sqlite3_reset(put);
		} else {
			bind_text(del, 1, c->clause);
			bind_text(del, 2, c->item);
			rc = sqlite3_step(del);
			sqlite3_reset(del);
		}
		if (rc != SQLITE_DONE)
			goto out;
	}
	rc = sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL);
out:
	sqlite3_finalize(ins);
	sqlite3_finalize(put);
	sqlite3_finalize(del);
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return SQLITE_OK;
}

/* After the commit: the mirror follows. */
static void
apply_changes(struct history *h, GPtrArray *out)
{
	size_t i;

	for (i = 0; i < out->len; i++) {
		struct change *c = out->pdata[i];
		struct cur *cu;

		if (c->cur_files == NULL) {
			g_hash_table_remove(h->current, c->key);
			continue;
		}
		cu = g_new0(struct cur, 1);
		cu->state = g_strdup(c->to);
		cu->files = g_strdup(c->cur_files);
		g_hash_table_replace(h->current, g_strdup(c->key), cu);
	}
}

/* Said once when writes start failing, once when they work again. */
static int
write_result(struct history *h, int rc)
{
	if (rc != SQLITE_OK) {
		if (!h->failing)
			log_warnx("%s: cannot record the state changes: %s "
			    "(recorded later, when it can be written)",
			    h->path, sqlite3_errstr(rc));
		h->failing = true;
		return fail(rc);
	}
	if (h->failing)
		log_info("%s: state changes recorded again", h->path);
	h->failing = false;
	return 0;
}

int
history_record(struct history *h, struct json_object *doc, time_t now,
    const char *cause, alerts_gone_fn gone, void *ctx)
{
	struct json_object *cl = status_arr(doc, "clauses");
	GPtrArray *out = g_ptr_array_new_with_free_func(change_free);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	GHashTableIter hi;
	gpointer key, val;
	size_t i, rows = 0;
	int rc = 0;

	if (h->db == NULL && (rc = open_db(h)) < 0)
		goto done;
	for (i = 0; i < status_len(cl); i++)
		clause_changes(h, out, seen, json_object_array_get_idx(cl, i),
		    cause, gone, ctx);
	/* What the rules no longer have. */
	g_hash_table_iter_init(&hi, h->current);
	while (g_hash_table_iter_next(&hi, &key, &val)) {
		const char *sep = strchr(key, KEY_SEP[0]);
		struct change *ch;
		char *cid;

		if (g_hash_table_contains(seen, key) || sep == NULL)
			continue;
		cid = g_strndup(key, (gsize)(sep - (const char *)key));
		ch = change_new(out, cid, sep + 1, "",
		    ((struct cur *)val)->state, "");
		ch->cause = g_strdup("rules_changed");
		ch->files = g_strdup("[]");
		g_free(cid);
	}
	for (i = 0; i < out->len; i++)
		rows += ((struct change *)out->pdata[i])->history_row;
	if (out->len > 0) {
		rc = write_result(h, write_changes(h, out, now));
		if ((rc == -EBADMSG) && h->db != NULL) {
			/* Corrupt under us: a new history from now on. */
			log_warnx("%s: corrupt; moved aside to %s.corrupt",
			    h->path, HISTORY_DB_NAME);
			set_aside(h, ".corrupt");
			g_hash_table_remove_all(h->current);
		}
		if (rc == 0)
			apply_changes(h, out);
	}
	if (rc == 0 && h->keep_days > 0 && now >= h->next_prune) {
		int n = history_prune(h, now - (time_t)h->keep_days * DAY);

		if (n > 0)
			log_info("%s: %d changes older than %u days pruned",
			    h->path, n, h->keep_days);
		h->next_prune = now + DAY;
	}
done:
	g_ptr_array_free(out, TRUE);
	g_hash_table_destroy(seen);
	return rc < 0 ? rc : (int)rows;
}

/* ---- reading ------------------------------------------------------------ */

int
history_parse_since(const char *s, time_t now, time_t *out)
{
	unsigned long long secs;
	GTimeZone *tz;
	GDateTime *dt;
	size_t len = strlen(s);
	char *iso;

	/* A duration needs its unit: "2026" is a year, not seconds. */
	if (len > 1 && strchr("smhdw", s[len - 1]) != NULL &&
	    g_ascii_isdigit(s[0]) && config_parse_duration(s, &secs) == 0) {
		if (secs > (unsigned long long)now)
			return -EINVAL;
		*out = now - (time_t)secs;
		return 0;
	}
	/* A date alone is its local midnight; GLib wants the seconds. */
	iso = len == 10 ? g_strconcat(s, "T00:00:00", NULL) : len == 16 &&
	    s[10] == 'T' ? g_strconcat(s, ":00", NULL) : g_strdup(s);
	tz = g_time_zone_new_local();
	dt = g_date_time_new_from_iso8601(iso, tz);
	g_time_zone_unref(tz);
	g_free(iso);
	if (dt == NULL)
		return -EINVAL;
	*out = (time_t)g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return 0;
}

/* A row as it was read, the strings owned. */
struct row {
	sqlite3_int64 time;
	char *clause, *item, *phase, *from, *to, *cause, *files;
};

static void
row_free(void *p)
{
	struct row *r = p;

	g_free(r->clause);
	g_free(r->item);
	g_free(r->phase);
	g_free(r->from);
	g_free(r->to);
	g_free(r->cause);
	g_free(r->files);
	g_free(r);
}

static char *
col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);

	return g_strdup(t != NULL ? (const char *)t : "");
}

/* The files of a row as an array, or an empty one (it is not ours). */
static struct json_object *
row_files(const struct row *r)
{
	struct json_object *a = json_tokener_parse(r->files);

	if (a != NULL && json_object_is_type(a, json_type_array))
		return a;
	json_object_put(a);
	return json_object_new_array();
}

static void
print_json(FILE *out, const struct row *r)
{
	struct json_object *o = json_object_new_object();
	char buf[32];

	json_object_object_add(o, "time", json_object_new_string(
	    dates_rfc3339((time_t)r->time, buf, sizeof(buf))));
	json_object_object_add(o, "clause", json_object_new_string(r->clause));
	json_object_object_add(o, "phase", json_object_new_string(r->phase));
	json_object_object_add(o, "item", json_object_new_string(r->item));
	json_object_object_add(o, "from", json_object_new_string(r->from));
	json_object_object_add(o, "to", json_object_new_string(r->to));
	json_object_object_add(o, "cause", json_object_new_string(r->cause));
	json_object_object_add(o, "files", row_files(r));
	fprintf(out, "%s\n", json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

static const char *
state_word(const char *s, bool item, enum report_lang l)
{
	enum clause_state st;

	if (s[0] == '\0')
		return l == REPORT_LANG_EN ? "(none)" : "（无）";
	if (item)
		return report_item_word(s, l);
	if (clause_state_parse(s, &st) < 0)
		return s;
	return report_state_word(st, l);
}

/* Causes in the quality manager's words, joined by 、. */
static char *
cause_words(const char *c, enum report_lang l)
{
	static const char *const words[][2] = {
		{ "deleted", "已删除" }, { "moved_out", "已移出共享" },
		{ "removed", "已删除或移出" }, { "changed", "已改动" },
		{ "expired", "已过期" }, { "added", "已补充" },
		{ "first_scan", "首次扫描" },
		{ "rules_reloaded", "规则已重新加载" },
		{ "rules_changed", "规则已变更" },
	};
	char **parts;
	GString *s;
	size_t i, j;

	if (l == REPORT_LANG_EN)
		return g_strdup(c);
	parts = g_strsplit(c, ",", -1);
	s = g_string_new(NULL);
	for (i = 0; parts[i] != NULL; i++) {
		const char *w = parts[i];

		for (j = 0; j < G_N_ELEMENTS(words); j++)
			if (strcmp(parts[i], words[j][0]) == 0)
				w = words[j][1];
		g_string_append_printf(s, "%s%s", i ? "、" : "", w);
	}
	g_strfreev(parts);
	return g_string_free(s, FALSE);
}

enum { C_TIME, C_ID, C_CHANGE, C_CAUSE, C_FILES, NCOLS };

/* Cells of a row, escaped (ids, phases and files come from the share
 * and the rules). */
static void
cells(const struct row *r, enum report_lang l, char *cell[NCOLS])
{
	struct json_object *files = row_files(r);
	GDateTime *dt = g_date_time_new_from_unix_local(r->time);
	GString *fs = g_string_new(NULL);
	char *id, *cause;
	size_t i;

	cell[C_TIME] = dt != NULL ? g_date_time_format(dt,
	    "%Y-%m-%d %H:%M:%S") : g_strdup("?");
	if (dt != NULL)
		g_date_time_unref(dt);
	id = r->item[0] != '\0' ? g_strconcat(r->clause, "/", r->item, NULL) :
	    g_strdup(r->clause);
	cell[C_ID] = pathname_escape(id);
	g_free(id);
	cell[C_CHANGE] = g_strconcat(state_word(r->from, r->item[0] != '\0',
	    l), " -> ", state_word(r->to, r->item[0] != '\0', l), NULL);
	cause = cause_words(r->cause, l);
	cell[C_CAUSE] = pathname_escape(cause);
	g_free(cause);
	for (i = 0; i < status_len(files); i++) {
		char *e = pathname_escape(json_object_get_string(
		    json_object_array_get_idx(files, i)));

		g_string_append_printf(fs, "%s%s", i ? ", " : "", e ? e : "?");
		free(e);
	}
	cell[C_FILES] = g_string_free(fs, FALSE);
	json_object_put(files);
}

static void
print_table(FILE *out, GPtrArray *rows, enum report_lang l)
{
	static const char *const head[2][NCOLS] = {
		{ "时间", "条款/证据项", "变化", "原因", "文件" },
		{ "TIME", "CLAUSE/ITEM", "CHANGE", "CAUSE", "FILES" },
	};
	char *(*tab)[NCOLS] = g_malloc0_n(rows->len + 1, sizeof(*tab));
	int width[NCOLS];
	size_t i, c;

	for (c = 0; c < NCOLS; c++)
		width[c] = report_display_width(head[l][c]);
	for (i = 0; i < rows->len; i++) {
		cells(rows->pdata[i], l, tab[i]);
		for (c = 0; c < NCOLS; c++)
			if (tab[i][c] != NULL &&
			    report_display_width(tab[i][c]) > width[c])
				width[c] = report_display_width(tab[i][c]);
	}
	for (i = 0; i <= rows->len; i++) {
		for (c = 0; c < NCOLS; c++) {
			const char *s = i == 0 ? head[l][c] : tab[i - 1][c];
			int pad;

			if (s == NULL)
				s = "?";
			fputs(s, out);
			if (c == NCOLS - 1)
				break;
			for (pad = width[c] - report_display_width(s) + 2;
			    pad > 0; pad--)
				fputc(' ', out);
		}
		fputc('\n', out);
	}
	for (i = 0; i < rows->len; i++)
		for (c = 0; c < NCOLS; c++)
			free(tab[i][c]);
	g_free(tab);
}

static int
open_ro(const char *path, sqlite3 **db, char *err, size_t errlen)
{
	int64_t app = 0, ver = 0;
	struct stat st;
	int rc;

	*db = NULL;
	/* A FIFO planted as the database is never opened. */
	if (lstat(path, &st) < 0) {
		rc = -errno;
		if (rc == -ENOENT)
			snprintf(err, errlen, "%s: no history yet (evidenced "
			    "records it from its first status)", path);
		else
			snprintf(err, errlen, "%s: %s", path, strerror(-rc));
		return rc;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		return -EINVAL;
	}
	rc = sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc == SQLITE_OK)
		sqlite3_busy_timeout(*db, 2000);
	if (rc == SQLITE_OK &&
	    (rc = state_sqlite_int(*db, "PRAGMA application_id", &app)) == SQLITE_OK &&
	    (rc = state_sqlite_int(*db, "PRAGMA user_version", &ver)) == SQLITE_OK &&
	    (app != HISTORY_APP_ID || ver > HISTORY_SCHEMA_VERSION)) {
		snprintf(err, errlen, "%s: %s", path, app != HISTORY_APP_ID ?
		    "not an evidenced history database" : "written by a "
		    "newer evidenced: use its evidencectl");
		return -EINVAL;
	}
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", path, *db != NULL ?
		    sqlite3_errmsg(*db) : sqlite3_errstr(rc));
		return fail(rc);
	}
	return 0;
}

int
history_print(const char *dir, const struct history_query *q, FILE *out,
    char *err, size_t errlen)
{
	char *path = g_build_filename(dir, HISTORY_DB_NAME, NULL);
	char *clause = NULL;
	const char *item = NULL, *slash;
	GPtrArray *rows = g_ptr_array_new_with_free_func(row_free);
	sqlite3_stmt *st = NULL;
	sqlite3 *db = NULL;
	int rc, n = 0;

	if ((rc = open_ro(path, &db, err, errlen)) < 0)
		goto out;
	if (q->id != NULL) {
		slash = strchr(q->id, '/');
		clause = slash != NULL ? g_strndup(q->id, (gsize)(slash -
		    q->id)) : g_strdup(q->id);
		item = slash != NULL ? slash + 1 : NULL;
	}
	rc = sqlite3_prepare_v2(db, "SELECT time, clause, item, phase, "
	    "from_state, to_state, cause, files FROM history WHERE time >= ?1 "
	    "AND (?2 IS NULL OR clause = ?2) AND (?3 IS NULL OR item = ?3) "
	    "ORDER BY time, id", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, (sqlite3_int64)q->since);
		if (clause != NULL)
			bind_text(st, 2, clause);
		if (item != NULL)
			bind_text(st, 3, item);
	}
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct row *r = g_new0(struct row, 1);

		r->time = sqlite3_column_int64(st, 0);
		r->clause = col(st, 1);
		r->item = col(st, 2);
		r->phase = col(st, 3);
		r->from = col(st, 4);
		r->to = col(st, 5);
		r->cause = col(st, 6);
		r->files = col(st, 7);
		n++;
		/* JSON goes out as it comes; a table waits for its widths. */
		if (q->json) {
			print_json(out, r);
			row_free(r);
		} else
			g_ptr_array_add(rows, r);
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE) {
		snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(db));
		rc = fail(rc);
		goto out;
	}
	if (!q->json && rows->len > 0)
		print_table(out, rows, q->lang);
	rc = n;
out:
	sqlite3_finalize(st);
	sqlite3_close_v2(db);
	g_ptr_array_free(rows, TRUE);
	g_free(clause);
	g_free(path);
	return rc;
}
