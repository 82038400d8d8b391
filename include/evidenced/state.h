/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * state.h - the state database: what the engine knew about every file,
 * kept between runs so that a restart re-reads only files that changed
 * while nobody watched, and a rules reload re-judges without re-reading.
 *
 * One SQLite database (STATE_DB_NAME in the state directory, WAL mode).
 * Per file, keyed by its raw share-relative name as a BLOB: the facts
 * (facts_encode without text) and the matches; the normalised text,
 * zlib-compressed, sits in a table of its own so that loading the
 * records never touches it.  One fingerprint for the whole database says
 * which ruleset judged every stored match (state_rules): a reload clears
 * it, re-judges, writes only the records whose matches changed, and sets
 * the new one, so a crash in between leaves "judged by nobody", never a
 * wrong claim.
 *
 * The database is a cache of what the share holds, never the only copy:
 * a missing, corrupt or other-schema database is moved aside (corrupt)
 * or removed (other schema) and rebuilt empty, and the engine's next
 * rescan refills it.  A write that fails is logged once and leaves the
 * database behind, never wrong: identities, fingerprints and text lengths
 * are checked on the way back, and anything that does not check out is
 * read again from the share.
 */
#ifndef EVIDENCED_STATE_H
#define EVIDENCED_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "evidenced/classify.h"
#include "evidenced/facts.h"
#include "evidenced/rules.h"

#define STATE_DB_NAME "state.db"

/*
 * PRAGMA user_version of the schema.  Bump it when the schema, the facts
 * an extractor produces or the text normalisation change: an older
 * database is then rebuilt from a scan (every file is read again).
 */
#define STATE_SCHEMA_VERSION 1

/* Writes outside an explicit state_begin() are committed at once; inside
 * one, every STATE_BATCH writes, so that a first scan of 100,000 files
 * is not 100,000 fsyncs and a crash loses at most one batch. */
#define STATE_BATCH 1000

struct state;

/*
 * Open the database in dir (created, mode 0700, when missing).  A corrupt
 * file is moved aside to STATE_DB_NAME ".corrupt", one of another schema
 * or application removed, and an empty one made in its place: logged
 * once, never an error.  0 and *out; a negative errno when dir cannot be
 * used at all: -EBUSY when another engine has it open (a lock file beside
 * the database), -EACCES & co., -ENOMEM.
 */
int state_open(const char *dir, struct state **out);
void state_close(struct state *s);

/* True when state_open() had to create or rebuild the database. */
bool state_rebuilt(const struct state *s);

/* Group the writes until the matching state_commit() (nestable).  A
 * failed commit is logged; its writes are lost, which only costs reads. */
void state_begin(struct state *s);
int state_commit(struct state *s);

/*
 * The fingerprint of the ruleset that judged every stored match, or NULL
 * (none stored, or a re-judgement was interrupted): borrowed, valid until
 * the next state_set_rules().
 */
const char *state_rules(const struct state *s);

/* Say that the stored matches are those of the ruleset fp (NULL: of no
 * ruleset, to be re-judged).  0 or a negative errno. */
int state_set_rules(struct state *s, const char *fp);

/*
 * Store f's facts (without text) and its matches, judged by the ruleset
 * of state_rules().  The text: f->text is stored (compressed) when
 * present; when f->text_len is 0 any stored text is dropped; otherwise
 * ("had text, not kept here") the stored text is left as it is.  0 or a
 * negative errno.
 */
int state_put(struct state *s, const struct file_facts *f,
    const struct file_match *m, size_t n);

/* Forget relpath (raw).  0 or a negative errno; absent is fine. */
int state_remove(struct state *s, const char *relpath);

/* Re-key from's record (and its text) as to, replacing to's. */
int state_rename(struct state *s, const char *from, const char *to);

/*
 * The stored facts of relpath (raw), as state_put() stored them (the
 * text apart): 0 and *out (file_facts_free), -ENOENT, -EBADMSG (not
 * decodable), -ENOMEM.
 */
int state_facts(struct state *s, const char *relpath,
    struct file_facts **out);

/*
 * The stored text of f's file (by f->relpath), given back only when it
 * was read from the content f describes (device, inode, size, mtime) and
 * has f->text_len bytes of NUL-free UTF-8: 0 with *text (NUL-terminated,
 * caller frees) and *len; -ENOENT when none; -EBADMSG when it does not
 * check out; -ENOMEM.
 */
int state_text(struct state *s, const struct file_facts *f, char **text,
    size_t *len);

/*
 * One stored record: f (taken) and m[0..n) (taken); judged is false when
 * the matches cannot stand as they are (none stored, or the facts were
 * stored under another name: a rename the crash interrupted).  A
 * negative return stops the load and is returned by state_load().
 */
typedef int (*state_load_fn)(void *ctx, struct file_facts *f,
    struct file_match *m, size_t n, bool judged);

/* A stored file judged to match nothing, that was read: its raw name
 * (taken) and identity, the facts left in the database (a slim record,
 * scanner.h).  0 or a negative errno, which stops the load. */
typedef int (*state_stub_fn)(void *ctx, char *relpath,
    const struct file_identity *id);

/*
 * Hand every stored record to fn, or to stub (may be NULL) when it is a
 * record stub can take.  Records that do not decode are deleted and
 * skipped (counted in *dropped, may be NULL).  0, the callback's error,
 * -ENOMEM, or -EBADMSG when the database turned out corrupt: it has
 * then been rebuilt empty, and the records already handed out must be
 * taken as unknown.
 */
int state_load(struct state *s, state_load_fn fn, state_stub_fn stub,
    void *ctx, size_t *dropped);

/*
 * The fingerprint of the judgement rs makes: SHA-256 (hex) over every
 * rule file's base name and content in rs->files order, and the sources of
 * the build (EVIDENCED_SOURCE_ID, else the running program's identity):
 * a new classifier must not trust old matches.
 * A rule file changed at or after not_before_ns (CLOCK_REALTIME, minus a
 * second for coarse file system clocks) may differ from what was
 * compiled: then, as when a file cannot be read, *out is NULL.
 * 0 or -ENOMEM.
 */
int state_fingerprint(const struct ruleset *rs, int64_t not_before_ns,
    char **out);

/*
 * SQLite helpers shared with the history database (history.h): the
 * negative errno of an SQLite result code (0 for OK, ROW and DONE), and
 * one integer from a pragma or query on db (an SQLite result code).
 */
struct sqlite3;
int state_sqlite_errno(int sqlite_rc);
int state_sqlite_int(struct sqlite3 *db, const char *sql, int64_t *out);

/*
 * The matches codec (exported for tests).  Encode: 0 or -ENOMEM/-EINVAL.
 * Decode parses untrusted bytes: 0 with a new array (NULL when n is 0),
 * -EINVAL when malformed, -ENOMEM.
 */
int state_matches_encode(const struct file_match *m, size_t n, uint8_t **buf,
    size_t *len);
int state_matches_decode(const uint8_t *buf, size_t len,
    struct file_match **out, size_t *n);

#endif
