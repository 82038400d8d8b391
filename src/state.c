/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * state.c - the state database (SQLite, WAL) and the matches codec.
 *
 * Schema (STATE_SCHEMA_VERSION in PRAGMA user_version, STATE_APP_ID in
 * PRAGMA application_id so that another program's database in our
 * directory is not mistaken for ours):
 *
 *   file(id INTEGER PRIMARY KEY, relpath BLOB UNIQUE, facts BLOB,
 *        matches BLOB)
 *   text(id = file.id, len, dev, ino, size, mtime_ns, z BLOB)
 *   meta(key TEXT PRIMARY KEY, value): 'rules' = state_rules()
 *
 * The text is keyed by the file row's id, so a rename re-keys one row and
 * the text follows; a trigger drops the text with its file.  The text row
 * repeats the identity of the content it was read from, and state_text()
 * gives it back only to facts of that same content.
 *
 * Ownership: struct state owns the connection and its prepared
 * statements.  Every error is mapped to a negative errno; the first
 * write error is logged, later ones only counted, because a cache that
 * cannot be written must not flood the journal.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>
#include <zlib.h>

#include "evidenced/log.h"
#include "evidenced/state.h"

#define STATE_APP_ID 0x45564431         /* "EVD1" */
/* A stored text longer than this is not believed (facts cap text_len at
 * UINT32_MAX; extraction limits keep it far below). */
#define STATE_TEXT_MAX ((size_t)1 << 30)

static const char schema_sql[] =
    "CREATE TABLE file ("
    " id INTEGER PRIMARY KEY,"
    " relpath BLOB NOT NULL UNIQUE,"
    " facts BLOB NOT NULL,"
    " matches BLOB);"
    "CREATE TABLE text ("
    " id INTEGER PRIMARY KEY,"
    " len INTEGER NOT NULL,"
    " dev INTEGER NOT NULL, ino INTEGER NOT NULL,"
    " size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " z BLOB NOT NULL);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value);"
    "CREATE TRIGGER file_gone AFTER DELETE ON file BEGIN"
    " DELETE FROM text WHERE id = old.id; END;";

enum stmt {
	ST_PUT,
	ST_PUT_TEXT,
	ST_DEL_TEXT,
	ST_REMOVE,
	ST_RENAME,
	ST_GET_TEXT,
	ST_DEL_ID,
	ST_SET_META,
	ST_GET_FACTS,
	ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_PUT] = "INSERT INTO file(relpath, facts, matches) "
	    "VALUES(?1, ?2, ?3) ON CONFLICT(relpath) DO UPDATE SET "
	    "facts = excluded.facts, matches = excluded.matches RETURNING id",
	[ST_PUT_TEXT] = "INSERT OR REPLACE INTO text(id, len, dev, ino, size, "
	    "mtime_ns, z) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[ST_DEL_TEXT] = "DELETE FROM text WHERE id = ?1",
	[ST_REMOVE] = "DELETE FROM file WHERE relpath = ?1",
	[ST_RENAME] = "UPDATE file SET relpath = ?2 WHERE relpath = ?1",
	[ST_GET_TEXT] = "SELECT t.len, t.dev, t.ino, t.size, t.mtime_ns, t.z "
	    "FROM file f JOIN text t ON t.id = f.id WHERE f.relpath = ?1",
	[ST_DEL_ID] = "DELETE FROM file WHERE id = ?1",
	[ST_SET_META] = "INSERT OR REPLACE INTO meta(key, value) "
	    "VALUES(?1, ?2)",
	[ST_GET_FACTS] = "SELECT facts FROM file WHERE relpath = ?1",
};

struct state {
	sqlite3 *db;
	sqlite3_stmt *st[ST_COUNT];
	char *path;             /* the database file */
	char *rules;            /* meta 'rules', or NULL */
	bool rebuilt;
	unsigned depth;         /* state_begin() nesting */
	bool in_txn;
	size_t pending;         /* writes in the open transaction */
	size_t failures;        /* failed writes (the first one logged) */
	size_t failures_at_clear;       /* at the last state_set_rules(NULL) */
	int lockfd;             /* flock()ed STATE_DB_NAME ".lock", or -1 */
};

/* ---- errors ------------------------------------------------------------ */

int
state_sqlite_errno(int src)
{
	switch (src & 0xff) {
	case SQLITE_OK:
	case SQLITE_ROW:
	case SQLITE_DONE:
		return 0;
	case SQLITE_NOMEM:
		return -ENOMEM;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return -EBUSY;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return -EBADMSG;
	case SQLITE_FULL:
		return -ENOSPC;
	case SQLITE_READONLY:
		return -EROFS;
	case SQLITE_PERM:
	case SQLITE_AUTH:
	case SQLITE_CANTOPEN:
		return -EACCES;
	case SQLITE_TOOBIG:
	case SQLITE_MISMATCH:
	case SQLITE_CONSTRAINT:
		return -EINVAL;
	}
	return -EIO;
}

static int reset_db(struct state *s, bool corrupt);
static int read_rules(struct state *s);

/* A write failed: log the first one, rebuild a database that turned out
 * corrupt (what it held is re-read from the share in time). */
static int
write_failed(struct state *s, int src, const char *what)
{
	int err = state_sqlite_errno(src);

	if (s->failures++ == 0)
		log_warnx("%s: %s: %s (the state is behind; changed files "
		    "will be read again)", s->path, what,
		    s->db != NULL ? sqlite3_errmsg(s->db) : sqlite3_errstr(src));
	if (err == -EBADMSG)
		(void)reset_db(s, true);
	return err != 0 ? err : -EIO;
}

/* ---- opening and rebuilding ------------------------------------------- */

static void
close_db(struct state *s)
{
	size_t i;

	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(s->st[i]);
		s->st[i] = NULL;
	}
	sqlite3_close_v2(s->db);
	s->db = NULL;
	s->in_txn = false;
	s->pending = 0;
}

static int
exec(struct state *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

int
state_sqlite_int(struct sqlite3 *db, const char *sql, int64_t *out)
{
	sqlite3_stmt *q = NULL;
	int rc;

	*out = 0;
	if ((rc = sqlite3_prepare_v2(db, sql, -1, &q, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(q, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(q);
	return rc;
}

static int
db_connect(struct state *s)
{
	int fd, rc;

	/* Create the file ourselves so that it (and the -wal and -shm files
	 * SQLite gives the same mode) is private: it holds document text. */
	fd = open(s->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return -errno;
	close(fd);
	rc = sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		rc = state_sqlite_errno(rc);
		close_db(s);
		return rc != 0 ? rc : -EIO;
	}
	/* Another evidenced on the same directory: wait a little, then say
	 * so, rather than fail at the first write. */
	sqlite3_busy_timeout(s->db, 2000);
	sqlite3_extended_result_codes(s->db, 0);
	return 0;
}

/* What is in the file: SQLITE_OK with *fresh (no tables yet) or *ours
 * (our schema version), else the error that reading it gave. */
static int
inspect_db(struct state *s, bool *fresh, bool *ours)
{
	int64_t app = 0, ver = 0, tables = 0;
	int rc;

	*fresh = *ours = false;
	if ((rc = state_sqlite_int(s->db, "PRAGMA application_id", &app)) != SQLITE_OK ||
	    (rc = state_sqlite_int(s->db, "PRAGMA user_version", &ver)) != SQLITE_OK ||
	    (rc = state_sqlite_int(s->db, "SELECT count(*) FROM sqlite_master",
	    &tables)) != SQLITE_OK)
		return rc;
	*fresh = tables == 0 && app == 0 && ver == 0;
	*ours = app == STATE_APP_ID && ver == STATE_SCHEMA_VERSION;
	return SQLITE_OK;
}

static int
init_db(struct state *s)
{
	char sql[256];
	int rc;

	if ((rc = exec(s, "BEGIN")) != SQLITE_OK ||
	    (rc = exec(s, schema_sql)) != SQLITE_OK)
		goto fail;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; "
	    "PRAGMA user_version = %d;", STATE_APP_ID, STATE_SCHEMA_VERSION);
	if ((rc = exec(s, sql)) != SQLITE_OK ||
	    (rc = exec(s, "COMMIT")) != SQLITE_OK)
		goto fail;
	return SQLITE_OK;
fail:
	exec(s, "ROLLBACK");
	return rc;
}

/* WAL with synchronous=NORMAL: a crash loses at most the last commits,
 * never the database; commits do not fsync. */
static int
configure(struct state *s)
{
	sqlite3_stmt *q = NULL;
	size_t i;
	int rc;

	if ((rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1,
	    &q, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(q, 0),
	    "wal") != 0)
		log_warnx("%s: WAL mode not available; using %s", s->path,
		    sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW)
		return rc;
	if ((rc = exec(s, "PRAGMA synchronous = NORMAL")) != SQLITE_OK)
		return rc;
	for (i = 0; i < ST_COUNT; i++)
		if ((rc = sqlite3_prepare_v3(s->db, stmt_sql[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &s->st[i], NULL)) != SQLITE_OK)
			return rc;
	return SQLITE_OK;
}

static void
unlink_sidecars(const char *path)
{
	char *p;

	p = g_strconcat(path, "-wal", NULL);
	unlink(p);
	g_free(p);
	p = g_strconcat(path, "-shm", NULL);
	unlink(p);
	g_free(p);
}

/*
 * Replace the database with an empty one: a corrupt file is kept aside
 * (one generation) for whoever wants to look at it, another schema is
 * removed.  The WAL goes too: it belongs to the old file.
 */
static int
reset_db(struct state *s, bool corrupt)
{
	char *aside;
	int rc;

	close_db(s);
	if (corrupt) {
		aside = g_strconcat(s->path, ".corrupt", NULL);
		if (rename(s->path, aside) < 0 && errno != ENOENT)
			unlink(s->path);
		g_free(aside);
	} else
		unlink(s->path);
	unlink_sidecars(s->path);
	s->rebuilt = true;
	g_free(s->rules);
	s->rules = NULL;
	if ((rc = db_connect(s)) < 0)
		return rc;
	if ((rc = init_db(s)) != SQLITE_OK || (rc = configure(s)) != SQLITE_OK) {
		rc = state_sqlite_errno(rc);
		close_db(s);
		return rc != 0 ? rc : -EIO;
	}
	return 0;
}

/*
 * One engine per state directory: two writers would each claim the
 * database for their own rules.  The lock goes with the process, however
 * it ends.  -EBUSY when another holds it.
 */
static int
lock_dir(struct state *s)
{
	char *p = g_strconcat(s->path, ".lock", NULL);
	int rc = 0;

	s->lockfd = open(p, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	g_free(p);
	if (s->lockfd < 0)
		return -errno;
	if (flock(s->lockfd, LOCK_EX | LOCK_NB) < 0)
		rc = errno == EWOULDBLOCK ? -EBUSY : -errno;
	return rc;
}

int
state_open(const char *dir, struct state **out)
{
	struct state *s;
	bool fresh = false, ours = false;
	int rc;

	*out = NULL;
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return -errno;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -ENOMEM;
	s->lockfd = -1;
	s->path = g_build_filename(dir, STATE_DB_NAME, NULL);
	if ((rc = lock_dir(s)) < 0)
		goto fail;
	if ((rc = db_connect(s)) < 0)
		goto fail;
	rc = inspect_db(s, &fresh, &ours);
	if (rc == SQLITE_OK && fresh) {
		s->rebuilt = true;
		if ((rc = init_db(s)) == SQLITE_OK)
			rc = configure(s);
	} else if (rc == SQLITE_OK && ours) {
		if ((rc = configure(s)) == SQLITE_OK)
			rc = read_rules(s);
		/* Our numbers on other tables (a development build). */
		if (rc == SQLITE_ERROR)
			ours = false;
	}
	if ((rc == SQLITE_OK || rc == SQLITE_ERROR) && !fresh && !ours) {
		log_info("%s: not this version's state database; rebuilding "
		    "it from a scan", s->path);
		if ((rc = reset_db(s, false)) < 0)
			goto fail;
	}
	/* A file that is not a database, or one that breaks when read. */
	if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
		log_warnx("%s: corrupt (%s); moved aside to %s.corrupt, "
		    "rebuilding it from a scan", s->path, sqlite3_errstr(rc),
		    STATE_DB_NAME);
		if ((rc = reset_db(s, true)) < 0)
			goto fail;
	} else if (rc > 0) {
		rc = state_sqlite_errno(rc);
		goto fail;
	}
	*out = s;
	return 0;
fail:
	state_close(s);
	return rc < 0 ? rc : -EIO;
}

void
state_close(struct state *s)
{
	if (s == NULL)
		return;
	if (s->db != NULL && s->in_txn && exec(s, "COMMIT") != SQLITE_OK)
		exec(s, "ROLLBACK");
	close_db(s);
	if (s->lockfd >= 0)
		close(s->lockfd);
	g_free(s->path);
	g_free(s->rules);
	free(s);
}

bool
state_rebuilt(const struct state *s)
{
	return s->rebuilt;
}

/* ---- transactions ------------------------------------------------------ */

static int
flush(struct state *s)
{
	int rc;

	if (!s->in_txn)
		return 0;
	s->in_txn = false;
	s->pending = 0;
	if ((rc = exec(s, "COMMIT")) != SQLITE_OK) {
		/* Said before the rollback, which would replace the
		 * connection's message (a full disk) with its own. */
		int err = write_failed(s, rc, "commit");

		if (s->db != NULL)
			exec(s, "ROLLBACK");
		return err;
	}
	return 0;
}

/* Before a write: a database, and a transaction when batching. */
static int
will_write(struct state *s)
{
	int rc;

	if (s->db == NULL)
		return -EIO;
	if (s->depth > 0 && !s->in_txn) {
		if ((rc = exec(s, "BEGIN")) != SQLITE_OK)
			return write_failed(s, rc, "begin");
		s->in_txn = true;
	}
	return 0;
}

/* After a write (rc: its SQLite result). */
static int
wrote(struct state *s, int rc, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
		return write_failed(s, rc, what);
	if (s->in_txn && ++s->pending >= STATE_BATCH)
		return flush(s);
	return 0;
}

void
state_begin(struct state *s)
{
	s->depth++;
}

int
state_commit(struct state *s)
{
	if (s->depth > 0 && --s->depth > 0)
		return 0;
	return s->db != NULL ? flush(s) : 0;
}

/* ---- records ----------------------------------------------------------- */

static int
step_once(sqlite3_stmt *q)
{
	int rc = sqlite3_step(q);

	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return rc;
}

static int
put_text(struct state *s, int64_t id, const struct file_facts *f)
{
	sqlite3_stmt *q = s->st[ST_PUT_TEXT];
	uLongf zlen;
	Bytef *z;

	if (f->text_len > STATE_TEXT_MAX)
		return SQLITE_TOOBIG;
	zlen = compressBound((uLong)f->text_len);
	if ((z = malloc(zlen)) == NULL)
		return SQLITE_NOMEM;
	if (compress2(z, &zlen, (const Bytef *)f->text, (uLong)f->text_len,
	    Z_DEFAULT_COMPRESSION) != Z_OK) {
		free(z);
		return SQLITE_NOMEM;
	}
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)f->text_len);
	sqlite3_bind_int64(q, 3, (sqlite3_int64)f->id.dev);
	sqlite3_bind_int64(q, 4, (sqlite3_int64)f->id.ino);
	sqlite3_bind_int64(q, 5, f->id.size);
	sqlite3_bind_int64(q, 6, f->id.mtime_ns);
	sqlite3_bind_blob64(q, 7, z, zlen, free);
	return step_once(q);
}

/* meta 'rules' into s->rules (SQLITE_OK when absent). */
static int
read_rules(struct state *s)
{
	sqlite3_stmt *q = NULL;
	int rc;

	g_free(s->rules);
	s->rules = NULL;
	if ((rc = sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE "
	    "key = 'rules'", -1, &q, NULL)) != SQLITE_OK)
		return rc;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		if (sqlite3_column_type(q, 0) == SQLITE_TEXT)
			s->rules = g_strdup((const char *)
			    sqlite3_column_text(q, 0));
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE)
		rc = SQLITE_OK;
	sqlite3_finalize(q);
	return rc;
}

const char *
state_rules(const struct state *s)
{
	return s->rules;
}

int
state_set_rules(struct state *s, const char *fp)
{
	sqlite3_stmt *q;
	int rc;

	/* A record of the re-judgement that could not be written may still
	 * hold the old judgement: then the matches are nobody's. */
	if (fp == NULL)
		s->failures_at_clear = s->failures;
	else if (s->failures != s->failures_at_clear)
		fp = NULL;
	if ((rc = will_write(s)) < 0)
		return rc;
	q = s->st[ST_SET_META];
	sqlite3_bind_text(q, 1, "rules", -1, SQLITE_STATIC);
	if (fp != NULL)
		sqlite3_bind_text(q, 2, fp, -1, SQLITE_STATIC);
	if ((rc = wrote(s, step_once(q), "storing the rules' fingerprint")) <
	    0)
		return rc;
	g_free(s->rules);
	s->rules = g_strdup(fp);
	return 0;
}

int
state_put(struct state *s, const struct file_facts *f,
    const struct file_match *m, size_t n)
{
	sqlite3_stmt *q = s->st[ST_PUT];
	uint8_t *fb = NULL, *mb = NULL;
	size_t flen, mlen;
	int64_t id;
	int rc;

	if ((rc = will_write(s)) < 0)
		return rc;
	if ((rc = facts_encode(f, 0, &fb, &flen)) < 0 ||
	    (rc = state_matches_encode(m, n, &mb, &mlen)) < 0) {
		g_free(fb);
		return rc;
	}
	sqlite3_bind_blob64(q, 1, f->relpath, strlen(f->relpath),
	    SQLITE_STATIC);
	sqlite3_bind_blob64(q, 2, fb, flen, g_free);
	sqlite3_bind_blob64(q, 3, mb, mlen, g_free);
	rc = sqlite3_step(q);
	id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	if (rc == SQLITE_ROW)
		rc = sqlite3_step(q);
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	if (rc == SQLITE_DONE && f->text != NULL)
		rc = put_text(s, id, f);
	else if (rc == SQLITE_DONE && f->text_len == 0) {
		sqlite3_bind_int64(s->st[ST_DEL_TEXT], 1, id);
		rc = step_once(s->st[ST_DEL_TEXT]);
	}
	return wrote(s, rc, "storing a record");
}

int
state_remove(struct state *s, const char *relpath)
{
	sqlite3_stmt *q = s->st[ST_REMOVE];
	int rc;

	if ((rc = will_write(s)) < 0)
		return rc;
	sqlite3_bind_blob64(q, 1, relpath, strlen(relpath), SQLITE_STATIC);
	return wrote(s, step_once(q), "removing a record");
}

int
state_rename(struct state *s, const char *from, const char *to)
{
	sqlite3_stmt *q = s->st[ST_RENAME];
	int rc;

	if (strcmp(from, to) == 0)
		return 0;
	/* A rename over an existing name replaces that file. */
	if ((rc = state_remove(s, to)) < 0 || (rc = will_write(s)) < 0)
		return rc;
	sqlite3_bind_blob64(q, 1, from, strlen(from), SQLITE_STATIC);
	sqlite3_bind_blob64(q, 2, to, strlen(to), SQLITE_STATIC);
	return wrote(s, step_once(q), "renaming a record");
}

int
state_facts(struct state *s, const char *relpath, struct file_facts **out)
{
	sqlite3_stmt *q;
	int rc;

	*out = NULL;
	if (s->db == NULL)
		return -ENOENT;
	q = s->st[ST_GET_FACTS];
	sqlite3_bind_blob64(q, 1, relpath, strlen(relpath), SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		rc = facts_decode(sqlite3_column_blob(q, 0),
		    (size_t)sqlite3_column_bytes(q, 0), out);
		/* Stored under another name (a rename a crash cut short):
		 * the key is the truth. */
		if (rc == 0 && strcmp((*out)->relpath, relpath) != 0)
			rc = file_facts_rename(*out, relpath);
		if (rc < 0) {
			file_facts_free(*out);
			*out = NULL;
		}
	} else
		rc = rc == SQLITE_DONE ? -ENOENT : state_sqlite_errno(rc);
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return rc;
}

int
state_text(struct state *s, const struct file_facts *f, char **text,
    size_t *len)
{
	sqlite3_stmt *q;
	const void *z;
	uLongf dlen;
	size_t zlen;
	char *buf = NULL;
	int rc;

	*text = NULL;
	*len = 0;
	if (s->db == NULL)
		return -ENOENT;
	q = s->st[ST_GET_TEXT];
	sqlite3_bind_blob64(q, 1, f->relpath, strlen(f->relpath),
	    SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc != SQLITE_ROW) {
		rc = rc == SQLITE_DONE ? -ENOENT : state_sqlite_errno(rc);
		goto done;
	}
	/* Only the text of this very content, of the length the facts
	 * announce; anything else is read again from the share. */
	rc = -EBADMSG;
	if ((size_t)sqlite3_column_int64(q, 0) != f->text_len ||
	    f->text_len > STATE_TEXT_MAX ||
	    (uint64_t)sqlite3_column_int64(q, 1) != f->id.dev ||
	    (uint64_t)sqlite3_column_int64(q, 2) != f->id.ino ||
	    sqlite3_column_int64(q, 3) != f->id.size ||
	    sqlite3_column_int64(q, 4) != f->id.mtime_ns)
		goto done;
	z = sqlite3_column_blob(q, 5);
	zlen = (size_t)sqlite3_column_bytes(q, 5);
	if ((buf = malloc(f->text_len + 1)) == NULL) {
		rc = -ENOMEM;
		goto done;
	}
	dlen = (uLongf)f->text_len;
	if (z == NULL || uncompress((Bytef *)buf, &dlen, z, (uLong)zlen) !=
	    Z_OK || dlen != f->text_len ||
	    memchr(buf, '\0', dlen) != NULL ||
	    !g_utf8_validate(buf, (gssize)dlen, NULL))
		goto done;
	buf[dlen] = '\0';
	*text = buf;
	*len = dlen;
	buf = NULL;
	rc = 0;
done:
	free(buf);
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return rc;
}

/* One row into facts and matches, checked: the key column is the truth,
 * so facts stored under another name (a rename the crash interrupted)
 * are re-keyed and their matches not trusted. */
static int
decode_row(sqlite3_stmt *q, struct file_facts **f, struct file_match **m,
    size_t *n, bool *trust)
{
	const char *rel = sqlite3_column_blob(q, 1);
	size_t rlen = (size_t)sqlite3_column_bytes(q, 1);
	char *key;
	int rc;

	*f = NULL;
	*m = NULL;
	*n = 0;
	*trust = true;
	if (rel == NULL || rlen == 0 || memchr(rel, '\0', rlen) != NULL)
		return -EINVAL;
	if ((rc = facts_decode(sqlite3_column_blob(q, 2),
	    (size_t)sqlite3_column_bytes(q, 2), f)) < 0)
		return rc;
	if (strlen((*f)->relpath) != rlen ||
	    memcmp((*f)->relpath, rel, rlen) != 0) {
		if ((key = g_strndup(rel, rlen)) == NULL)
			return -ENOMEM;
		rc = file_facts_rename(*f, key);
		g_free(key);
		if (rc < 0)
			return rc;
		*trust = false;
	}
	if (sqlite3_column_type(q, 3) == SQLITE_NULL) {
		*trust = false;
		return 0;
	}
	return state_matches_decode(sqlite3_column_blob(q, 3),
	    (size_t)sqlite3_column_bytes(q, 3), m, n);
}

/*
 * A row judged to match nothing, of a file that was read: handed to
 * stub as a name and an identity, its facts left undecoded (1), or 0
 * when it is not such a row (decode_row() then tells).
 */
static int
stub_row(sqlite3_stmt *q, state_stub_fn stub, void *ctx)
{
	const char *rel = sqlite3_column_blob(q, 1);
	size_t rlen = (size_t)sqlite3_column_bytes(q, 1);
	struct file_match *m = NULL;
	struct file_identity id;
	char *name = NULL;
	bool unreadable, this_build;
	size_t n = 0;
	int rc;

	if (stub == NULL || sqlite3_column_type(q, 3) == SQLITE_NULL ||
	    state_matches_decode(sqlite3_column_blob(q, 3),
	    (size_t)sqlite3_column_bytes(q, 3), &m, &n) < 0)
		return 0;
	file_matches_free(m, n);
	if (n > 0 || facts_decode_stub(sqlite3_column_blob(q, 2),
	    (size_t)sqlite3_column_bytes(q, 2), &name, &id, &unreadable,
	    &this_build) < 0)
		return 0;
	/* Under its key, nothing to show, and facts of this build (the
	 * engine reads a file again whose facts are another's): else the
	 * whole row. */
	if (unreadable || !this_build || strlen(name) != rlen ||
	    memcmp(name, rel, rlen)) {
		free(name);
		return 0;
	}
	return (rc = stub(ctx, name, &id)) < 0 ? rc : 1;
}

int
state_load(struct state *s, state_load_fn fn, state_stub_fn stub, void *ctx,
    size_t *dropped)
{
	sqlite3_stmt *q = NULL;
	GArray *bad = g_array_new(FALSE, FALSE, sizeof(int64_t));
	size_t i;
	int rc;

	if (dropped != NULL)
		*dropped = 0;
	if (s->db == NULL) {
		g_array_free(bad, TRUE);
		return 0;
	}
	rc = sqlite3_prepare_v2(s->db, "SELECT id, relpath, facts, matches "
	    "FROM file", -1, &q, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct file_facts *f;
		struct file_match *m;
		size_t n;
		bool trust;
		int64_t id = sqlite3_column_int64(q, 0);
		int drc = stub_row(q, stub, ctx);

		if (drc < 0) {
			sqlite3_finalize(q);
			g_array_free(bad, TRUE);
			return drc;
		}
		if (drc > 0) {
			rc = SQLITE_OK;
			continue;
		}
		drc = decode_row(q, &f, &m, &n, &trust);

		if (drc == -ENOMEM) {
			file_facts_free(f);
			rc = SQLITE_NOMEM;
			break;
		}
		if (drc < 0) {
			file_facts_free(f);
			g_array_append_val(bad, id);
			rc = SQLITE_OK;
			continue;
		}
		if ((drc = fn(ctx, f, m, n, trust)) < 0) {
			sqlite3_finalize(q);
			g_array_free(bad, TRUE);
			return drc;
		}
		rc = SQLITE_OK;
	}
	sqlite3_finalize(q);
	if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
		log_warnx("%s: corrupt (%s); moved aside to %s.corrupt, "
		    "rebuilding it from a scan", s->path, sqlite3_errstr(rc),
		    STATE_DB_NAME);
		g_array_free(bad, TRUE);
		rc = reset_db(s, true);
		return rc < 0 ? rc : -EBADMSG;
	}
	if (rc != SQLITE_DONE) {
		g_array_free(bad, TRUE);
		return state_sqlite_errno(rc) != 0 ? state_sqlite_errno(rc) : -EIO;
	}
	if (bad->len > 0) {
		log_warnx("%s: %u undecodable records dropped; those files "
		    "will be read again", s->path, bad->len);
		state_begin(s);
		for (i = 0; i < bad->len; i++) {
			sqlite3_stmt *d = s->st[ST_DEL_ID];

			if (will_write(s) < 0)
				break;
			sqlite3_bind_int64(d, 1, g_array_index(bad, int64_t, i));
			(void)wrote(s, step_once(d), "dropping a record");
		}
		(void)state_commit(s);
	}
	if (dropped != NULL)
		*dropped = bad->len;
	g_array_free(bad, TRUE);
	return 0;
}

/* ---- the ruleset's fingerprint ----------------------------------------- */

static void
checksum_u64(GChecksum *ck, uint64_t v)
{
	uint8_t le[8];
	int i;

	for (i = 0; i < 8; i++)
		le[i] = (uint8_t)(v >> (8 * i));
	g_checksum_update(ck, le, sizeof(le));
}

static int64_t
ctime_ns(const struct stat *st)
{
	return (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
}

/*
 * The code that judges: other sources may judge differently.  The build
 * names them (a hash of the sources, so that evidenced and evidencectl of
 * one build share a state); without that name the running program
 * stands for them.  False when neither can be had.
 */
static bool
checksum_judge(GChecksum *ck)
{
#ifdef EVIDENCED_SOURCE_ID
	g_checksum_update(ck, (const guchar *)EVIDENCED_SOURCE_ID,
	    sizeof(EVIDENCED_SOURCE_ID));
	return true;
#else
	struct stat st;

	if (stat("/proc/self/exe", &st) < 0)
		return false;
	checksum_u64(ck, (uint64_t)st.st_dev);
	checksum_u64(ck, (uint64_t)st.st_ino);
	checksum_u64(ck, (uint64_t)st.st_size);
	checksum_u64(ck, (uint64_t)st.st_mtim.tv_sec);
	checksum_u64(ck, (uint64_t)st.st_mtim.tv_nsec);
	return true;
#endif
}

int
state_fingerprint(const struct ruleset *rs, int64_t not_before_ns,
    char **out)
{
	GChecksum *ck;
	struct stat st;
	gchar *buf;
	gsize len;
	size_t i;
	bool stable;

	*out = NULL;
	if ((ck = g_checksum_new(G_CHECKSUM_SHA256)) == NULL)
		return -ENOMEM;
	g_checksum_update(ck, (const guchar *)"evidenced rules 1", 18);
	stable = checksum_judge(ck);
	for (i = 0; i < rs->n_files && stable; i++) {
		const char *name = rs->files[i], *base;

		/* Read, then stat: a change after the compile began shows in
		 * the ctime, so what was hashed is what was compiled. */
		if (!g_file_get_contents(name, &buf, &len, NULL)) {
			stable = false;
			break;
		}
		/* The name within its directory: the same pack judges the
		 * same wherever it is installed or however it is named. */
		base = strrchr(name, '/') != NULL ? strrchr(name, '/') + 1 :
		    name;
		g_checksum_update(ck, (const guchar *)base, strlen(base) + 1);
		checksum_u64(ck, len);
		g_checksum_update(ck, (const guchar *)buf, len);
		g_free(buf);
		if (stat(name, &st) < 0 || (not_before_ns > 0 &&
		    ctime_ns(&st) >= not_before_ns))
			stable = false;
	}
	if (stable && (*out = g_strdup(g_checksum_get_string(ck))) == NULL) {
		g_checksum_free(ck);
		return -ENOMEM;
	}
	g_checksum_free(ck);
	return 0;
}

/* ---- the matches codec ------------------------------------------------- */

/*
 *   "EVM1", u32 count, then per match: u8 counts (0/1), u32 matched_by,
 *   and six strings (clause, item, name pattern, title pattern, excluded
 *   by, reason), each a u32 length (STR_NULL: absent) and its bytes.
 *   Little endian, no trailing bytes.
 */
/* EVM2: a match also names its section. */
static const uint8_t matches_magic[4] = { 'E', 'V', 'M', '2' };
#define STR_NULL 0xffffffffu
#define MATCH_MIN_BYTES (1 + 4 + 7 * 4)
#define MATCH_BY_ALL (MATCH_NAME | MATCH_TITLE | MATCH_TYPE | MATCH_CONTENT)

static void
put_u32(GByteArray *b, uint32_t v)
{
	uint8_t le[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
	    (uint8_t)(v >> 24) };

	g_byte_array_append(b, le, sizeof(le));
}

static int
put_s(GByteArray *b, const char *s)
{
	size_t len;

	if (s == NULL) {
		put_u32(b, STR_NULL);
		return 0;
	}
	if ((len = strlen(s)) >= STR_NULL)
		return -EINVAL;
	put_u32(b, (uint32_t)len);
	g_byte_array_append(b, (const guint8 *)s, (guint)len);
	return 0;
}

int
state_matches_encode(const struct file_match *m, size_t n, uint8_t **buf,
    size_t *len)
{
	GByteArray *b;
	size_t i;
	int rc = 0;

	*buf = NULL;
	*len = 0;
	if (n > UINT32_MAX)
		return -EINVAL;
	b = g_byte_array_sized_new((guint)(8 + n * 64));
	g_byte_array_append(b, matches_magic, sizeof(matches_magic));
	put_u32(b, (uint32_t)n);
	for (i = 0; i < n && rc == 0; i++) {
		uint8_t c = m[i].counts ? 1 : 0;

		if (m[i].clause_id == NULL || m[i].item_id == NULL) {
			rc = -EINVAL;
			break;
		}
		g_byte_array_append(b, &c, 1);
		put_u32(b, m[i].matched_by);
		if ((rc = put_s(b, m[i].clause_id)) < 0 ||
		    (rc = put_s(b, m[i].item_id)) < 0 ||
		    (rc = put_s(b, m[i].name_pattern)) < 0 ||
		    (rc = put_s(b, m[i].title_pattern)) < 0 ||
		    (rc = put_s(b, m[i].excluded_by)) < 0 ||
		    (rc = put_s(b, m[i].reason)) < 0 ||
		    (rc = put_s(b, m[i].section)) < 0)
			break;
	}
	if (rc < 0) {
		g_byte_array_free(b, TRUE);
		return rc;
	}
	*len = b->len;
	*buf = g_byte_array_free(b, FALSE);
	return 0;
}

struct reader {
	const uint8_t *p;
	size_t left;
};

static int
get_u32(struct reader *r, uint32_t *v)
{
	if (r->left < 4)
		return -EINVAL;
	*v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 |
	    (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
	r->p += 4;
	r->left -= 4;
	return 0;
}

/* A string: NUL-free UTF-8; required ones present and non-empty. */
static int
get_s(struct reader *r, bool required, char **out)
{
	uint32_t len;

	*out = NULL;
	if (get_u32(r, &len) < 0)
		return -EINVAL;
	if (len == STR_NULL)
		return required ? -EINVAL : 0;
	if (len > r->left || (required && len == 0) ||
	    memchr(r->p, '\0', len) != NULL ||
	    !g_utf8_validate((const char *)r->p, (gssize)len, NULL))
		return -EINVAL;
	if ((*out = malloc((size_t)len + 1)) == NULL)
		return -ENOMEM;
	memcpy(*out, r->p, len);
	(*out)[len] = '\0';
	r->p += len;
	r->left -= len;
	return 0;
}

static int
get_match(struct reader *r, struct file_match *m)
{
	uint32_t by;
	int rc;

	if (r->left < 1 || r->p[0] > 1)
		return -EINVAL;
	m->counts = r->p[0] == 1;
	r->p++;
	r->left--;
	if (get_u32(r, &by) < 0 || (by & ~(uint32_t)MATCH_BY_ALL) != 0)
		return -EINVAL;
	m->matched_by = by;
	if ((rc = get_s(r, true, &m->clause_id)) < 0 ||
	    (rc = get_s(r, true, &m->item_id)) < 0 ||
	    (rc = get_s(r, false, &m->name_pattern)) < 0 ||
	    (rc = get_s(r, false, &m->title_pattern)) < 0 ||
	    (rc = get_s(r, false, &m->excluded_by)) < 0 ||
	    (rc = get_s(r, false, &m->reason)) < 0 ||
	    (rc = get_s(r, false, &m->section)) < 0)
		return rc;
	return 0;
}

int
state_matches_decode(const uint8_t *buf, size_t len, struct file_match **out,
    size_t *n)
{
	struct reader r = { buf, len };
	struct file_match *v = NULL;
	uint32_t count, i;
	int rc = -EINVAL;

	*out = NULL;
	*n = 0;
	if (buf == NULL || len < sizeof(matches_magic) ||
	    memcmp(buf, matches_magic, sizeof(matches_magic)) != 0)
		return -EINVAL;
	r.p += sizeof(matches_magic);
	r.left -= sizeof(matches_magic);
	if (get_u32(&r, &count) < 0 || count > r.left / MATCH_MIN_BYTES)
		return -EINVAL;
	if (count > 0 && (v = calloc(count, sizeof(*v))) == NULL)
		return -ENOMEM;
	for (i = 0; i < count; i++)
		if ((rc = get_match(&r, &v[i])) < 0)
			goto fail;
	if (r.left != 0) {
		rc = -EINVAL;
		goto fail;
	}
	*out = v;
	*n = count;
	return 0;
fail:
	file_matches_free(v, count);
	return rc;
}
