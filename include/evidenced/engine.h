/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * engine.h - the evidence engine: one share, one ruleset, one index.
 *
 * Both programs drive this: `evidencectl scan` calls engine_rescan() once
 * and builds the status; evidenced calls it at start-up, then feeds it
 * the file system's events (engine_scan_path, engine_remove_path,
 * engine_move_path) and SIGHUP's reloads.  One code path, one verdict.
 *
 * The engine owns the ruleset, the scanner that judges with it and the
 * index of records.  A reload builds the new ruleset and scanner first
 * and swaps only when they compiled: on any error the old ones stay.
 * Records hold rule-free facts, so a reload or a rename re-judges them
 * without re-reading files whose text is kept: in the state database
 * (state_dir, the daemon) or in memory (ENGINE_KEEP_TEXT).
 *
 * With a state directory every record change is written to the state
 * database (state.h), and engine_new() starts from what it holds: a
 * restart reads only the files that changed meanwhile.
 */
#ifndef EVIDENCED_ENGINE_H
#define EVIDENCED_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

#include "evidenced/evindex.h"
#include "evidenced/extract.h"
#include "evidenced/rules.h"
#include "evidenced/verdict.h"

/* Keep every file's normalised text in memory so that reloads and
 * renames never re-read a file.  With a state_dir the text is kept in
 * the database instead, and loaded only to re-judge; the one-shot scan
 * keeps it nowhere. */
#define ENGINE_KEEP_TEXT 0x1

struct engine_options {
	const char *share;              /* share root directory */
	const char *rules;              /* rule pack: file or directory */
	const char *const *site_rules;  /* drop-in directories or files */
	size_t n_site_rules;
	int level;                      /* applicant level 1..3 */
	struct extract_limits limits;
	unsigned flags;                 /* ENGINE_* */
	/* The state database's directory (state.h), or NULL: no state,
	 * every start reads every file (the one-shot scan). */
	const char *state_dir;
	unsigned workers;               /* extraction processes (pool.h);
					   0: read in this process */
	const char *worker_user;        /* NULL: SANDBOX_DEFAULT_USER */
};

/* Every warning and error of compiling rules, "file:line: message". */
typedef void (*engine_diag_fn)(void *ctx, bool error, const char *msg);

/*
 * Compile a pack and its drop-ins (layered in order), reporting every
 * diagnostic through diag (may be NULL).  0 and *out, -EINVAL when the
 * rules have errors, -ENOMEM.
 */
int engine_compile_rules(const char *pack, const char *const *site,
    size_t n_site, engine_diag_fn diag, void *ctx, struct ruleset **out);

struct engine_stats {
	size_t files;           /* regular files seen by the last walk */
	size_t scanned;         /* read and judged (new or changed) */
	size_t unchanged;       /* kept: same identity as indexed */
	size_t ignored;         /* matched [ignore] */
	size_t problems;        /* walker or open problems */
	size_t unreadable;      /* extraction failed */
	size_t removed;         /* indexed but gone */
	size_t entries;         /* anything the walk met (0: empty root) */
};

/* Since engine_new(), cumulative. */
struct engine_counters {
	size_t files_read;      /* files opened to be read and judged */
	size_t restored;        /* records taken from the state as judged */
	size_t rejudged;        /* records judged again without reading */
	size_t texts_loaded;    /* texts read back from the state database */
};

struct engine;

/*
 * Compile the rules and open the share root.  0 and *out; -EINVAL when
 * the rules have errors (each reported through diag); -ENOENT & co. when
 * the libmagic database cannot be opened.  A share that cannot be opened
 * is not an error here: engine_rescan() reports it.
 *
 * With o->state_dir, every stored record is loaded: as it was judged
 * when the ruleset is the same (same rule files, same program), else
 * re-judged from its stored text.  A state database that is missing,
 * corrupt, of another schema or unusable is logged and rebuilt (or done
 * without), never an error: the rescan that follows reads what it lacks.
 */
int engine_new(const struct engine_options *o, engine_diag_fn diag,
    void *ctx, struct engine **out);
void engine_free(struct engine *e);

/*
 * Rules, level or limits changed: build the new ruleset and scanner from
 * o (its share and state_dir are ignored), swap, and re-judge every
 * record.  On -EINVAL (rule errors) or -ENOMEM nothing changed.  Files
 * whose text was not kept (in memory or in the state) are read again.
 */
int engine_reload(struct engine *e, const struct engine_options *o,
    engine_diag_fn diag, void *ctx);

/*
 * Walk the whole share: read new and changed files, keep unchanged ones
 * (same dev, inode, size, mtime and ctime), drop what is gone.  0, or a
 * negative errno when the share root cannot be opened: then the index is
 * kept and the share is marked unavailable.  An empty share root while
 * the index holds files is taken as unmounted, not as "everything was
 * deleted": the index is kept and the share marked unavailable.
 */
int engine_rescan(struct engine *e, struct engine_stats *st);

/*
 * relpath (raw bytes) was created or changed: a file is read and judged
 * again unless its identity (dev, inode, size, mtime, ctime) is the one
 * indexed; a directory is walked the same way (files written into it
 * before anyone watched it are found); a path that is gone is removed.
 * 0 or a negative errno on out of memory or a lost share root.
 */
int engine_scan_path(struct engine *e, const char *relpath);

/* relpath (a file or a directory) is gone.  Returns how many records
 * and problems were removed. */
size_t engine_remove_path(struct engine *e, const char *relpath);

/*
 * from was renamed to to (both inside the share; a file or a directory).
 * Records are re-keyed and re-judged under the new names (a name may
 * count, or move into a recycle bin); nothing is re-read unless its
 * text was not kept.  What the index did not hold under from is not
 * looked for: call engine_scan_path(to) for that (it reads only what
 * is new).  0 or -ENOMEM.
 */
int engine_move_path(struct engine *e, const char *from, const char *to);

/* True when relpath (raw bytes) can never count ([ignore]: recycle bins,
 * lock files, desktop.ini ...). */
bool engine_ignores(struct engine *e, const char *relpath);

/*
 * Group the state database writes of a settled batch of events into one
 * transaction (nestable; without a state directory they do nothing).  A
 * rescan and a reload do this themselves and commit every STATE_BATCH
 * records.  engine_commit: 0, or the negative errno of a failed commit
 * (logged; it costs re-reads at the next start, nothing else).
 */
void engine_begin(struct engine *e);
int engine_commit(struct engine *e);

void engine_counters(const struct engine *e, struct engine_counters *out);

/* True when the share root was missing or empty at the last rescan. */
bool engine_share_unavailable(const struct engine *e);

/*
 * The status document now (see status.h), with "share_unavailable".
 * 0 and *doc (caller puts it), or -ENOMEM.
 */
int engine_status(struct engine *e, time_t now, struct json_object **doc);

/* How many clauses are in each state now (enum clause_state).  0 or
 * -ENOMEM. */
int engine_summary(struct engine *e, time_t now,
    size_t counts[CLAUSE_STATE_COUNT]);

/*
 * Called after a file's record changed: old is the record before (NULL:
 * new file), rec the record now (NULL: removed).  Both are borrowed for
 * the call only.  The daemon logs classification changes through it.
 */
typedef void (*engine_observer_fn)(void *ctx, const struct file_record *old,
    const struct file_record *rec);
void engine_set_observer(struct engine *e, engine_observer_fn fn, void *ctx);

/* Show the progress of engine_rescan() on p (borrowed; NULL: none). */
struct progress;
void engine_set_progress(struct engine *e, struct progress *p);

const struct ruleset *engine_ruleset(const struct engine *e);
const struct evindex *engine_index(const struct engine *e);
const char *engine_root(const struct engine *e);

#endif
