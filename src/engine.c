/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * engine.c - share + ruleset + scanner + index, and the operations the
 * one-shot scan and the daemon perform on them.
 *
 * Ownership: the engine owns the ruleset (rs), the scanner judging with
 * it (sc, which borrows rs), the index (idx) and the share root fd.  A
 * reload makes a new rs and sc and frees the old pair only after the
 * swap, so nothing ever sees a freed ruleset.  With a state directory it
 * also owns the state database (state) and the fingerprint (fp) of the
 * ruleset in force, which the database keeps as the judge of everything
 * it holds: put_record() writes each record change through, and texts
 * live there rather than in memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/engine.h"
#include "evidenced/filetype.h"
#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/pool.h"
#include "evidenced/progress.h"
#include "evidenced/scanner.h"
#include "evidenced/state.h"
#include "evidenced/status.h"
#include "evidenced/walkahead.h"
#include "evidenced/walker.h"
#include "evidenced/worker.h"

struct engine {
	char *root;                     /* share path as configured */
	int rootfd;                     /* -1 while unavailable */
	struct ruleset *rs;             /* owned */
	struct scanner *sc;             /* owned, borrows rs */
	struct evindex *idx;            /* owned */
	int level;
	struct extract_limits limits;
	unsigned flags;
	bool unavailable;
	unsigned workers;               /* 0: files are read in process */
	struct pool *pool;              /* owned, started at the first read */
	char *worker_user;              /* owned, NULL: the default */
	engine_observer_fn observer;
	void *observer_ctx;
	struct progress *progress;      /* borrowed, may be NULL */
	struct state *state;            /* owned, or NULL: no state */
	char *fp;                       /* rs's fingerprint, or NULL */
	struct status_cache *scache;    /* owned: fragments of rs's clauses */
	unsigned walk_mark;             /* the current walk's (walk_scope) */
	struct engine_counters n;
};

/* ---- rules ------------------------------------------------------------ */

int
engine_compile_rules(const char *pack, const char *const *site,
    size_t n_site, engine_diag_fn diag, void *ctx, struct ruleset **out)
{
	struct rules_compiler *rc;
	size_t i;
	int err;

	*out = NULL;
	if ((rc = rules_compiler_new()) == NULL)
		return -ENOMEM;
	if (pack != NULL)
		rules_compiler_add_path(rc, pack, RULES_LAYER_PACK);
	for (i = 0; i < n_site; i++)
		rules_compiler_add_path(rc, site[i], RULES_LAYER_SITE);
	err = rules_compiler_finish(rc, out);
	if (diag != NULL) {
		for (i = 0; i < rules_compiler_warning_count(rc); i++)
			diag(ctx, false, rules_compiler_warning(rc, i));
		for (i = 0; i < rules_compiler_error_count(rc); i++)
			diag(ctx, true, rules_compiler_error(rc, i));
	}
	rules_compiler_free(rc);
	return err;
}

/* With a state, the scanner keeps the text until replace_record() has
 * stored it. */
static unsigned
scanner_flags(unsigned engine_flags, bool state)
{
	return (engine_flags & ENGINE_KEEP_TEXT) || state ?
	    SCANNER_KEEP_TEXT : 0;
}

/* A ruleset and a scanner for it, both new, and with fp (non-NULL: a
 * state is kept) the ruleset's fingerprint. */
static int
build_judge(const struct engine_options *o, engine_diag_fn diag, void *ctx,
    struct ruleset **rs, struct scanner **sc, char **fp)
{
	struct timespec t0;
	int rc;

	*sc = NULL;
	/* The coarse clock is the one file times come from: a rule file
	 * edited from now on is newer, however fine the clock. */
	clock_gettime(CLOCK_REALTIME_COARSE, &t0);
	rc = engine_compile_rules(o->rules, o->site_rules, o->n_site_rules,
	    diag, ctx, rs);
	if (rc < 0)
		return rc;
	if (fp != NULL && (rc = state_fingerprint(*rs, (int64_t)t0.tv_sec *
	    1000000000 + t0.tv_nsec, fp)) < 0)
		goto fail;
	if ((*sc = scanner_new(*rs, &o->limits, scanner_flags(o->flags,
	    fp != NULL))) == NULL) {
		rc = errno != 0 ? -errno : -ENOMEM;
		goto fail;
	}
	return 0;
fail:
	ruleset_free(*rs);
	*rs = NULL;
	if (fp != NULL) {
		free(*fp);
		*fp = NULL;
	}
	return rc;
}

/* ---- life ------------------------------------------------------------- */

static void
open_root(struct engine *e)
{
	if (e->rootfd >= 0)
		close(e->rootfd);
	e->rootfd = open(e->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

static int load_state(struct engine *e, const char *dir);

int
engine_new(const struct engine_options *o, engine_diag_fn diag, void *ctx,
    struct engine **out)
{
	struct engine *e;
	int rc;

	*out = NULL;
	if ((e = calloc(1, sizeof(*e))) == NULL)
		return -ENOMEM;
	e->rootfd = -1;
	e->level = o->level;
	e->limits = o->limits;
	e->flags = o->flags;
	e->workers = o->workers;
	if (o->worker_user != NULL &&
	    (e->worker_user = strdup(o->worker_user)) == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	if ((e->root = strdup(o->share != NULL ? o->share : ".")) == NULL ||
	    (e->idx = evindex_new()) == NULL ||
	    (e->scache = status_cache_new()) == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	if ((rc = build_judge(o, diag, ctx, &e->rs, &e->sc,
	    o->state_dir != NULL ? &e->fp : NULL)) < 0)
		goto fail;
	open_root(e);
	if (o->state_dir != NULL && (rc = load_state(e, o->state_dir)) < 0)
		goto fail;
	*out = e;
	return 0;
fail:
	engine_free(e);
	return rc;
}

void
engine_free(struct engine *e)
{
	if (e == NULL)
		return;
	pool_free(e->pool);
	free(e->worker_user);
	status_cache_free(e->scache);
	evindex_free(e->idx);
	state_close(e->state);
	free(e->fp);
	scanner_free(e->sc);
	ruleset_free(e->rs);
	if (e->rootfd >= 0)
		close(e->rootfd);
	free(e->root);
	free(e);
}

void
engine_set_progress(struct engine *e, struct progress *p)
{
	e->progress = p;
}

void
engine_set_observer(struct engine *e, engine_observer_fn fn, void *ctx)
{
	e->observer = fn;
	e->observer_ctx = ctx;
}

const struct ruleset *
engine_ruleset(const struct engine *e)
{
	return e->rs;
}

const struct evindex *
engine_index(const struct engine *e)
{
	return e->idx;
}

const char *
engine_root(const struct engine *e)
{
	return e->root;
}

bool
engine_ignores(struct engine *e, const char *relpath)
{
	return scanner_ignores(e->sc, relpath);
}

bool
engine_share_unavailable(const struct engine *e)
{
	return e->unavailable;
}

void
engine_counters(const struct engine *e, struct engine_counters *out)
{
	*out = e->n;
}

void
engine_begin(struct engine *e)
{
	if (e->state != NULL)
		state_begin(e->state);
}

int
engine_commit(struct engine *e)
{
	return e->state != NULL ? state_commit(e->state) : 0;
}

/* ---- records ---------------------------------------------------------- */

/*
 * Most files prove nothing; of those only the name and identity stay in
 * memory (a warm walk needs no more), the rest is in the state database
 * (state_put() stored it) or, without one, the file itself.  Not with
 * ENGINE_KEEP_TEXT, whose point is to keep everything at hand.  rec is
 * not in the index (its key changes).
 */
static void
slim(struct engine *e, struct file_record *rec)
{
	if (!(e->flags & ENGINE_KEEP_TEXT) && !file_record_notable(rec))
		(void)file_record_slim(rec);
}

/* A slim record's facts back from the state: -ENOENT when they are not
 * there, or not of this very file (then only reading it can tell). */
static int
unslim(struct engine *e, struct file_record *rec)
{
	struct file_facts *f;
	int rc;

	if (rec->facts != NULL)
		return 0;
	if (e->state == NULL)
		return -ENOENT;
	if ((rc = state_facts(e->state, rec->stub->relpath, &f)) < 0)
		return rc;
	if (!file_identity_equal(&f->id, &rec->stub->id)) {
		file_facts_free(f);
		return -ENOENT;
	}
	file_record_unslim(rec, f);
	return 0;
}

/* Make rec (taken; NULL = none) the record of relpath, telling the
 * observer, and the state when store.  Ignored files are not indexed. */
static void
put_record(struct engine *e, const char *relpath, struct file_record *rec,
    bool store)
{
	struct file_record *old = evindex_take(e->idx, relpath);
	int put = 0;

	if (rec != NULL && rec->ignored_by != NULL) {
		file_record_free(rec);
		rec = NULL;
	}
	/* The state follows the index; a failed write is logged there and
	 * only costs a read at the next start. */
	if (rec != NULL && e->state != NULL && store)
		put = state_put(e->state, rec->facts, rec->matches,
		    rec->n_matches);
	else if (e->state != NULL && store)
		(void)state_remove(e->state, relpath);
	if (rec != NULL && !(e->flags & ENGINE_KEEP_TEXT))
		file_facts_drop_text(rec->facts);
	if (rec != NULL) {
		rec->walk_mark = e->walk_mark;
		if (put == 0)
			slim(e, rec);
		evindex_put(e->idx, rec);
	}
	else
		evindex_remove(e->idx, relpath);        /* and its problem */
	if (e->observer != NULL && (old != NULL || rec != NULL))
		e->observer(e->observer_ctx, old, rec);
	file_record_free(old);
}

static void
replace_record(struct engine *e, const char *relpath, struct file_record *rec)
{
	put_record(e, relpath, rec, true);
}

/* A problem with one path, logged only when it is new or different:
 * a rescan every few minutes must not repeat the same warning. */
static void
set_problem(struct engine *e, GHashTable *before, const char *relpath,
    const char *what)
{
	const char *was = before != NULL ? g_hash_table_lookup(before,
	    relpath) : NULL;
	char *path = NULL;
	enum pathname_decoding how;

	if (was == NULL || strcmp(was, what) != 0) {
		if (pathname_to_utf8(relpath, &path, &how) == 0)
			log_warnx("%s: %s", path, what);
		free(path);
	}
	evindex_set_problem(e->idx, relpath, what);
}

static void
log_scanned(const struct file_record *rec)
{
	const struct file_facts *f = rec->facts;
	char why[256];

	if (f->name_decoding != PATHNAME_UTF8)
		log_info("%s: file name is not UTF-8 (%s)", f->path,
		    f->name_decoding == PATHNAME_GB18030 ?
		    "decoded as GB18030" : "undecodable bytes escaped");
	if (f->extracted && f->text_status != EXTRACT_OK)
		log_warnx("%s: unreadable: %s", f->path, extract_reason_text(
		    f->text_status, f->text_reason, why, sizeof(why)));
	if (rec->match_limit != NULL)
		log_warnx("%s: %s: %s; counted as no match", f->path,
		    rec->match_limit, rule_match_strerror(-E2BIG));
}

static bool
limits_equal(const struct extract_limits *a, const struct extract_limits *b)
{
	return a->max_file_bytes == b->max_file_bytes &&
	    a->max_inflated_bytes == b->max_inflated_bytes &&
	    a->max_ratio == b->max_ratio &&
	    a->max_text_bytes == b->max_text_bytes &&
	    a->max_pdf_pages == b->max_pdf_pages &&
	    a->max_seconds == b->max_seconds &&
	    a->helper_max_memory == b->helper_max_memory;
}

/*
 * The extraction workers (*out NULL: read in process), started at the
 * first file to read and kept, since the daemon reads one file per event;
 * started again when a reload changed the limits.  Workers that cannot
 * start are an error, never a silent fall-back to parsing in process.
 */
static int
engine_pool(struct engine *e, struct pool **out)
{
	struct pool_options po;
	int rc;

	*out = NULL;
	if (e->workers == 0)
		return 0;
	if (e->pool != NULL && !limits_equal(pool_limits(e->pool),
	    &e->limits)) {
		pool_free(e->pool);
		e->pool = NULL;
	}
	if (e->pool == NULL) {
		memset(&po, 0, sizeof(po));
		po.workers = e->workers;
		po.limits = e->limits;
		po.user = e->worker_user;
		if ((rc = pool_new(&po, &e->pool)) < 0) {
			log_warnx("cannot start the extraction workers: %s",
			    strerror(-rc));
			return rc;
		}
	}
	*out = e->pool;
	return 0;
}

/* Errors that stop a walk, not a problem of one file. */
static bool
fatal(int rc)
{
	return rc == -ENOMEM || rc == -ECHILD || rc == -EBUSY;
}

/* Record what reading relpath gave: rec (taken), or rc < 0 when it could
 * not be opened.  0, or a fatal negative errno. */
static int
file_done(struct engine *e, const char *relpath, int rc,
    struct file_record *rec, GHashTable *before, struct engine_stats *st)
{
	char buf[256];

	if (fatal(rc))
		return rc;
	if (rc == -ENOENT) {
		replace_record(e, relpath, NULL);
		return 0;
	}
	if (rc < 0) {
		snprintf(buf, sizeof(buf), "cannot open: %s", strerror(-rc));
		evindex_remove(e->idx, relpath);
		set_problem(e, before, relpath, buf);
		if (st != NULL)
			st->problems++;
		return 0;
	}
	if (st != NULL) {
		st->scanned++;
		if (rec->ignored_by != NULL)
			st->ignored++;
		else if (rec->facts->extracted &&
		    rec->facts->text_status != EXTRACT_OK)
			st->unreadable++;
	}
	if (rec->ignored_by == NULL)
		log_scanned(rec);
	replace_record(e, relpath, rec);
	return 0;
}

/* Read and judge one regular file now; problems are recorded.  0, or a
 * fatal negative errno. */
static int
scan_file(struct engine *e, const char *relpath, GHashTable *before,
    struct engine_stats *st)
{
	struct file_record *rec = NULL;
	struct pool *pool;
	int rc;

	if ((rc = engine_pool(e, &pool)) < 0)
		return rc;
	e->n.files_read++;
	if (pool != NULL)
		rc = pool_scan_file(pool, e->sc, e->rootfd, relpath, 0, &rec);
	else
		rc = scanner_scan_file(e->sc, e->rootfd, relpath, &rec);
	return file_done(e, relpath, rc, rec, before, st);
}

/* Judge the files the workers have finished (wait: all of them). */
static int
collect(struct engine *e, struct pool *pool, bool wait, GHashTable *before,
    struct engine_stats *st)
{
	struct file_record *rec;
	struct file_facts *f;
	char *relpath;
	int rc;

	while ((rc = pool_next(pool, wait, &f, NULL)) == 1) {
		if ((relpath = strdup(f->relpath)) == NULL) {
			file_facts_free(f);
			return -ENOMEM;
		}
		/* Submitted only when not ignored (on_file). */
		rc = scanner_judge_kept(e->sc, f, &rec);
		if (rc == 0)
			rc = file_done(e, relpath, 0, rec, before, st);
		free(relpath);
		if (rc < 0)
			return rc;
	}
	return rc;
}

/*
 * Start reading ent's file, which the caller found is not ignored, in a
 * worker; judge whatever has finished meanwhile.  ent->st: the walk's
 * stat (a regular file); ent->fd, when the walk opened the file
 * (taken).  0, or a fatal negative errno.
 */
static int
submit_file(struct engine *e, struct pool *pool, const struct walk_entry *ent,
    GHashTable *before, struct engine_stats *st)
{
	const char *relpath = ent->relpath;
	struct stat fst;
	unsigned flags = 0;
	int fd, rc;

	/* The worker clears O_NONBLOCK: a system call less here.  A file
	 * the walk opened, it also asked the disk for (walk_tree_ahead()
	 * with WALKAHEAD_OPEN): the worker need not ask again. */
	if (ent->fd >= 0) {
		fd = ent->fd;
		fst = ent->fst;
		flags = WORKER_REQ_PREFETCHED;
	} else if ((rc = share_open_file_ex(e->rootfd, relpath, &ent->st,
	    SHARE_OPEN_NONBLOCK, &fd, &fst)) < 0)
		return file_done(e, relpath, rc, NULL, before, st);
	e->n.files_read++;
	if ((rc = pool_submit(pool, fd, &fst, relpath, flags, NULL)) < 0)
		return file_done(e, relpath, rc, NULL, before, st);
	return collect(e, pool, false, before, st);
}

/* ---- walking ---------------------------------------------------------- */

struct walk_ctx {
	struct engine *e;
	struct engine_stats *st;
	unsigned mark;          /* records met carry it (walk_mark) */
	GHashTable *before;     /* relpath -> problem text before the walk */
	struct pool *pool;      /* NULL: read in process */
	size_t entries;         /* anything met at all */
	int err;
};

/* What the walk thread (walkahead.h) owns while it runs: a matcher of
 * its own for the immutable ruleset's [ignore] patterns, and the count of
 * directories it met. */
struct descend_ctx {
	const struct ruleset *rs;       /* borrowed, immutable */
	struct rule_matcher *mt;        /* owned */
	size_t dirs;
};

/* In the walk thread. */
static bool
on_descend(const char *relpath, void *ctx)
{
	struct descend_ctx *d = ctx;

	d->dirs++;
	/* A recycle bin may hold thousands of files: never walk into it. */
	return !scanner_path_ignored(d->rs, d->mt, relpath);
}

static void
on_problem(const char *relpath, int err, const char *what, void *ctx)
{
	struct walk_ctx *w = ctx;
	char buf[256];

	w->entries++;
	if (err != 0)
		snprintf(buf, sizeof(buf), "%s: %s", what, strerror(err));
	else
		snprintf(buf, sizeof(buf), "%s", what);
	set_problem(w->e, w->before, relpath, buf);
	evindex_mark(w->e->idx, relpath, w->mark);
	w->st->problems++;
}

/* The walk thread's hints (walkahead.h) go to the pool's workers, each
 * with how much of it to read: an image's type is told from its first
 * bytes and nothing more of it is read, so asking for 64 KiB of it
 * would fetch three quarters of the standard share's bytes for
 * nothing.  The name is all there is to go by before the worker reads
 * it (a misnamed file is only read later, not judged otherwise). */
static int
hint_to_pool(const int *fds, const char *const *relpaths, size_t n,
    void *ctx)
{
	uint8_t hint[WALKAHEAD_HINT_MAX];
	size_t i;

	if (n > WALKAHEAD_HINT_MAX)
		return -EINVAL;
	for (i = 0; i < n; i++)
		hint[i] = filetype_name_head_only(relpaths[i]) ?
		    WORKER_HINT_HEAD : WORKER_HINT_FILE;
	return pool_prefetch(ctx, fds, hint, n);
}

static int
on_file(const struct walk_entry *ent, void *ctx)
{
	struct walk_ctx *w = ctx;
	const struct file_record *rec;
	struct file_identity id;
	int rc;

	w->entries++;
	w->st->files++;
	progress_file(w->e->progress, ent->relpath);
	/* Unchanged first: an indexed record is never an ignored file (a
	 * reload drops those), so a warm walk pays one lookup per file, not
	 * a name decoding and the [ignore] patterns. */
	/* Met, so kept (marked) as it is should reading it fail; replaced
	 * (and marked by put_record) when that succeeds. */
	rec = evindex_mark(w->e->idx, ent->relpath, w->mark);
	file_identity_from_stat(&id, &ent->st);
	if (rec != NULL && !rec->reread &&
	    file_identity_equal(file_record_id(rec), &id)) {
		w->st->unchanged++;
		goto unread;
	}
	/* A lock file or desktop.ini is never read; unmarking it drops a
	 * record it had under rules that did not ignore it. */
	if (scanner_ignores(w->e->sc, ent->relpath)) {
		if (rec != NULL)
			(void)evindex_mark(w->e->idx, ent->relpath, 0);
		w->st->ignored++;
		goto unread;
	}
	if (w->pool != NULL)
		rc = submit_file(w->e, w->pool, ent, w->before, w->st);
	else {
		if (ent->fd >= 0)
			close(ent->fd);
		rc = scan_file(w->e, ent->relpath, w->before, w->st);
	}
	if (rc < 0) {
		w->err = rc;
		return rc;
	}
	return 0;
unread:
	if (ent->fd >= 0)
		close(ent->fd);
	return 0;
}

/* Problems under dir, as relpath -> text copies, removed from the index:
 * the walk records again those that still stand. */
static GHashTable *
take_problems(struct evindex *idx, const char *dir)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	struct evindex_problem *probs = NULL;
	size_t n = 0, i, dlen = strlen(dir);

	if (evindex_problems(idx, &probs, &n) < 0)
		return t;
	for (i = 0; i < n; i++) {
		const char *r = probs[i].relpath;

		if (dlen > 0 && (strncmp(r, dir, dlen) != 0 ||
		    (r[dlen] != '\0' && r[dlen] != '/')))
			continue;
		g_hash_table_insert(t, g_strdup(r), g_strdup(probs[i].what));
	}
	free(probs);
	{
		GHashTableIter it;
		gpointer k;

		g_hash_table_iter_init(&it, t);
		while (g_hash_table_iter_next(&it, &k, NULL))
			evindex_clear_problem(idx, k);
	}
	return t;
}

/*
 * Walk dir ("" = the share), then drop records under it that the walk
 * did not meet.  When the walk met nothing at all while records exist
 * under dir and dir is the root, the share is taken as unmounted.
 */
static int
walk_scope(struct engine *e, const char *dir, struct engine_stats *st)
{
	struct walk_callbacks cb;
	struct walk_ctx w;
	struct descend_ctx d;
	struct walkahead_hint hint;
	char **paths = NULL;
	size_t n = 0, i;
	int rc;

	memset(&w, 0, sizeof(w));
	if ((rc = engine_pool(e, &w.pool)) < 0)
		return rc;
	memset(&d, 0, sizeof(d));
	d.rs = e->rs;
	if ((d.mt = rule_matcher_new()) == NULL)
		return -ENOMEM;
	w.e = e;
	w.st = st;
	/* A mark per walk on the records it meets, rather than a set of
	 * 100,000 names: what carries an older mark afterwards is gone. */
	/* 0 is no walk's mark: an unmarked record. */
	if (++e->walk_mark == 0)
		++e->walk_mark;
	w.mark = e->walk_mark;
	w.before = take_problems(e->idx, dir);
	memset(&cb, 0, sizeof(cb));
	cb.file = on_file;
	cb.problem = on_problem;
	cb.ctx = &w;
	/* The walk runs ahead in a thread: on a cold cache its waits for
	 * directories and inodes overlap the opening, sending and judging
	 * of the files it found before.  When nothing is indexed yet (a
	 * first scan) every file will be read: it also asks the disk for
	 * their first bytes as it goes, and for the workers hands each file
	 * over open (no second open, stat and close in this thread).  A
	 * walk that finds most files unchanged never does: it would open
	 * them all for nothing.  With workers, they ask the disk, not the
	 * walk thread (pool_prefetch(): a third of a cold walk's CPU that
	 * this process, which judges every file, no longer spends). */
	hint.fn = hint_to_pool;
	hint.ctx = w.pool;
	rc = walk_tree_ahead(e->rootfd, e->root, dir, &cb, on_descend, &d, 0,
	    evindex_count(e->idx) > 0 ? 0 : w.pool != NULL ? WALKAHEAD_OPEN :
	    WALKAHEAD_PREFETCH, w.pool != NULL ? &hint : NULL);
	/* Directories count as met: a share of empty folders is there. */
	w.entries += d.dirs;
	st->entries += w.entries;
	if (w.err < 0)
		rc = w.err;
	/* Nothing may stay in flight past the walk: the removals below
	 * need every result in, and w.before dies here. */
	if (w.pool != NULL) {
		int crc = collect(e, w.pool, true, w.before, st);

		if (crc < 0 && rc >= 0)
			rc = crc;
	}
	if (rc < 0)
		goto done;
	if (dir[0] == '\0' && w.entries == 0 && evindex_count(e->idx) > 0) {
		log_warnx("%s: the share is empty; keeping the last known "
		    "state (unmounted?)", e->root);
		e->unavailable = true;
		rc = -ENOENT;
		goto done;
	}
	if ((rc = evindex_unmarked_under(e->idx, dir, w.mark, &paths,
	    &n)) < 0)
		goto done;
	for (i = 0; i < n; i++) {
		replace_record(e, paths[i], NULL);
		st->removed++;
	}
	evindex_strv_free(paths);
done:
	rule_matcher_free(d.mt);
	g_hash_table_destroy(w.before);
	return rc;
}

static bool
count_descend(const char *relpath, void *ctx)
{
	return !scanner_ignores(((struct engine *)ctx)->sc, relpath);
}

int
engine_rescan(struct engine *e, struct engine_stats *st)
{
	struct engine_stats dummy;
	int rc;

	if (st == NULL)
		st = &dummy;
	memset(st, 0, sizeof(*st));
	/* Reopen every time: the share may have been replaced or remounted
	 * since, and a stale fd would walk the old directory. */
	open_root(e);
	if (e->rootfd < 0) {
		rc = -errno;
		log_warnx("%s: %s; keeping the last known state", e->root,
		    strerror(errno));
		e->unavailable = true;
		return rc;
	}
	e->unavailable = false;
	if (e->progress != NULL)
		progress_count(e->progress, e->root, count_descend, e);
	engine_begin(e);
	rc = walk_scope(e, "", st);
	(void)engine_commit(e);
	return rc;
}

static int
scan_path(struct engine *e, const char *relpath)
{
	struct engine_stats st;
	struct stat lst, tst;
	int rc;

	if (e->rootfd < 0)
		return -ENOENT;
	memset(&st, 0, sizeof(st));
	if (fstatat(e->rootfd, relpath, &lst, AT_SYMLINK_NOFOLLOW) < 0) {
		if (errno == ENOENT || errno == ENOTDIR) {
			engine_remove_path(e, relpath);
			return 0;
		}
		return scan_file(e, relpath, NULL, &st);  /* says why */
	}
	/* A directory (or a link to one): walk it.  stat() through a link
	 * only decides; the walk itself never leaves the share. */
	if (S_ISDIR(lst.st_mode) || (S_ISLNK(lst.st_mode) &&
	    fstatat(e->rootfd, relpath, &tst, 0) == 0 &&
	    S_ISDIR(tst.st_mode))) {
		if (scanner_ignores(e->sc, relpath)) {
			engine_remove_path(e, relpath);
			return 0;
		}
		rc = walk_scope(e, relpath, &st);
		if (rc == -EXDEV || rc == -ELOOP) {
			engine_remove_path(e, relpath);
			set_problem(e, NULL, relpath, rc == -EXDEV ?
			    "symlink leaves the share" : "symlink loop");
			rc = 0;
		}
		return rc == -ENOMEM ? rc : 0;
	}
	if (S_ISREG(lst.st_mode)) {
		const struct file_record *rec = evindex_get(e->idx, relpath);
		struct file_identity id;

		file_identity_from_stat(&id, &lst);
		if (rec != NULL && !rec->reread &&
		    file_identity_equal(file_record_id(rec), &id))
			return 0;       /* an event about nothing new */
	}
	return scan_file(e, relpath, NULL, &st);
}

int
engine_scan_path(struct engine *e, const char *relpath)
{
	int rc;

	engine_begin(e);
	rc = scan_path(e, relpath);
	(void)engine_commit(e);
	return rc;
}

size_t
engine_remove_path(struct engine *e, const char *relpath)
{
	char **paths = NULL;
	size_t n = 0, i;

	if (evindex_relpaths_under(e->idx, relpath, &paths, &n) == 0) {
		engine_begin(e);
		for (i = 0; i < n; i++)
			replace_record(e, paths[i], NULL);
		(void)engine_commit(e);
		evindex_strv_free(paths);
	}
	return n + evindex_remove_under(e->idx, relpath);
}

/* Re-judge rec's facts under e's ruleset, with the text from memory or
 * from the state; 1 when the file must be read again because the text
 * is in neither.  rec is taken. */
static int
rejudge(struct engine *e, struct file_record *rec, struct file_record **out)
{
	struct file_facts *f;
	size_t len;
	int rc;

	*out = NULL;
	if ((rc = unslim(e, rec)) < 0) {
		file_record_free(rec);
		return rc == -ENOMEM ? rc : 1;
	}
	f = rec->facts;
	if (f->text == NULL && f->text_len > 0) {
		rc = e->state != NULL ? state_text(e->state, f, &f->text,
		    &len) : -ENOENT;
		if (rc < 0) {
			/* Only the file can tell. */
			file_record_free(rec);
			return rc == -ENOMEM ? rc : 1;
		}
		e->n.texts_loaded++;
	}
	rec->facts = NULL;
	file_record_free(rec);
	e->n.rejudged++;
	rc = scanner_judge(e->sc, f, out);
	/* The state has this text already: not to be stored again. */
	if (rc == 0 && e->state != NULL && !(e->flags & ENGINE_KEEP_TEXT))
		file_facts_drop_text((*out)->facts);
	return rc;
}

static bool
str_same(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool
matches_same(const struct file_match *a, size_t na,
    const struct file_match *b, size_t nb)
{
	size_t i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (a[i].counts != b[i].counts ||
		    a[i].matched_by != b[i].matched_by ||
		    !str_same(a[i].clause_id, b[i].clause_id) ||
		    !str_same(a[i].item_id, b[i].item_id) ||
		    !str_same(a[i].name_pattern, b[i].name_pattern) ||
		    !str_same(a[i].title_pattern, b[i].title_pattern) ||
		    !str_same(a[i].excluded_by, b[i].excluded_by) ||
		    !str_same(a[i].reason, b[i].reason) ||
		    !str_same(a[i].section, b[i].section))
			return false;
	return true;
}

/* ---- re-judging only what a reload changed ----------------------------- */

/*
 * A reload usually edits a pattern or two.  What an item matches depends
 * only on that item's definition (and [ignore]), so the items a reload
 * left alone keep their matches, and only the changed ones are tried on
 * each file, through a view of the new ruleset that holds just them:
 * shallow copies of its clauses and items, without the prefilter unions
 * (which only ever skip work).  Everything classify_item() reads of an
 * item is compared in item_same(): a new field it reads must go there.
 */
struct delta {
	struct ruleset view;            /* owns only its arrays */
	GHashTable *order;              /* "clause\x1fitem" -> index + 1 */
	bool *changed;                  /* by index in the new ruleset */
	struct rule_matcher *mt;
};

static bool
patterns_same(const struct rule_patterns *a, const struct rule_patterns *b)
{
	size_t i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i].source, b->v[i].source) != 0)
			return false;
	return true;
}

static bool
item_same(const struct rule_item *a, const struct rule_item *b)
{
	return str_same(a->label, b->label) && a->types == b->types &&
	    a->kinds == b->kinds &&
	    patterns_same(&a->name, &b->name) &&
	    patterns_same(&a->title, &b->title) &&
	    patterns_same(&a->content_all, &b->content_all) &&
	    patterns_same(&a->content_any, &b->content_any) &&
	    patterns_same(&a->name_any, &b->name_any) &&
	    patterns_same(&a->exclude, &b->exclude);
}

static void
delta_free(struct delta *d)
{
	size_t c;

	if (d == NULL)
		return;
	for (c = 0; c < d->view.n_clauses; c++)
		free(d->view.clauses[c].items);
	free(d->view.clauses);
	if (d->order != NULL)
		g_hash_table_destroy(d->order);
	free(d->changed);
	rule_matcher_free(d->mt);
	free(d);
}

/* What changed from old to rs, or NULL when judging everything again
 * is as cheap or must be done: [ignore] changed, most items changed. */
static struct delta *
delta_new(const struct ruleset *old, const struct ruleset *rs)
{
	struct delta *d;
	size_t c, i, k = 0, total = 0, n_changed = 0;

	if (!patterns_same(&old->ignore, &rs->ignore))
		return NULL;
	for (c = 0; c < rs->n_clauses; c++)
		total += rs->clauses[c].n_items;
	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	d->order = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	d->changed = calloc(total + 1, sizeof(*d->changed));
	d->view.clauses = calloc(rs->n_clauses + 1, sizeof(*d->view.clauses));
	d->mt = rule_matcher_new();
	if (d->changed == NULL || d->view.clauses == NULL || d->mt == NULL)
		goto none;
	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];
		struct rule_clause *vc = NULL;

		for (i = 0; i < cl->n_items; i++, k++) {
			const struct rule_item *it = &cl->items[i];
			const struct rule_item *was = ruleset_find_item(old,
			    cl->id, it->id);

			g_hash_table_insert(d->order, g_strconcat(cl->id,
			    "\x1f", it->id, NULL), GSIZE_TO_POINTER(k + 1));
			if (was != NULL && item_same(was, it))
				continue;
			d->changed[k] = true;
			n_changed++;
			if (vc == NULL) {
				vc = &d->view.clauses[d->view.n_clauses++];
				*vc = *cl;
				vc->n_items = 0;
				if ((vc->items = calloc(cl->n_items,
				    sizeof(*vc->items))) == NULL)
					goto none;
			}
			vc->items[vc->n_items++] = *it;
		}
	}
	if (n_changed * 2 <= total)
		return d;
none:
	delta_free(d);
	return NULL;
}

/* The item of m in the new ruleset: index + 1, or 0 when it is gone. */
static size_t
delta_index(const struct delta *d, const struct file_match *m)
{
	char *key = g_strconcat(m->clause_id, "\x1f", m->item_id, NULL);
	size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(d->order, key));

	g_free(key);
	return at;
}

struct placed_match {
	size_t at;
	struct file_match m;
};

static int
cmp_placed(const void *a, const void *b)
{
	const struct placed_match *x = a, *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * rec's matches after a reload: its own for the items left alone, new
 * ones for the changed items, in the ruleset's order.  Takes dm (n).
 * 0 or -ENOMEM (then rec is as it was).
 */
static int
delta_merge(const struct delta *d, struct file_record *rec,
    struct file_match *dm, size_t dn)
{
	struct placed_match *v;
	struct file_match *out;
	size_t k, nv = 0, at;

	v = calloc(rec->n_matches + dn + 1, sizeof(*v));
	out = calloc(rec->n_matches + dn + 1, sizeof(*out));
	if (v == NULL || out == NULL) {
		free(v);
		free(out);
		file_matches_free(dm, dn);
		return -ENOMEM;
	}
	for (k = 0; k < rec->n_matches; k++) {
		at = delta_index(d, &rec->matches[k]);
		if (at == 0 || d->changed[at - 1])
			continue;
		v[nv].at = at;
		v[nv++].m = rec->matches[k];
		memset(&rec->matches[k], 0, sizeof(rec->matches[k]));
	}
	for (k = 0; k < dn; k++) {
		v[nv].at = delta_index(d, &dm[k]);
		v[nv++].m = dm[k];
	}
	free(dm);
	qsort(v, nv, sizeof(*v), cmp_placed);
	for (k = 0; k < nv; k++)
		out[k] = v[k].m;
	free(v);
	file_matches_free(rec->matches, rec->n_matches);
	rec->matches = nv > 0 ? out : NULL;
	rec->n_matches = nv;
	if (nv == 0)
		free(out);
	return 0;
}

/*
 * Judge rec (taken back into the index by the caller) for the changed
 * items only: 0 when its matches stand, 1 when they were replaced, 2
 * when its text is kept nowhere (the file must be read), or -ENOMEM.
 */
static int
delta_judge(struct engine *e, const struct delta *d, struct file_record *rec)
{
	struct file_facts *f;
	struct file_match *dm = NULL, *sub;
	size_t dn = 0, ns = 0, k, at, last = 0, len;
	bool loaded = false, ordered = true, same;
	int rc;

	if ((rc = unslim(e, rec)) < 0)
		return rc == -ENOMEM ? rc : 2;
	f = rec->facts;
	if (f->text == NULL && f->text_len > 0) {
		rc = e->state != NULL ? state_text(e->state, f, &f->text,
		    &len) : -ENOENT;
		if (rc == -ENOMEM)
			return rc;
		if (rc < 0)
			return 2;
		loaded = true;
		e->n.texts_loaded++;
	}
	e->n.rejudged++;
	rc = classify_facts(&d->view, d->mt, f, 0, &dm, &dn);
	if (loaded)
		file_facts_drop_text(f);
	if (rc < 0)
		return rc;
	/* The old matches of changed (or gone) items against the new ones;
	 * an order the new ruleset would not give also counts as a change. */
	if ((sub = calloc(rec->n_matches + 1, sizeof(*sub))) == NULL) {
		file_matches_free(dm, dn);
		return -ENOMEM;
	}
	for (k = 0; k < rec->n_matches; k++) {
		at = delta_index(d, &rec->matches[k]);
		if (at == 0 || d->changed[at - 1])
			sub[ns++] = rec->matches[k];
		if (at <= last)
			ordered = false;
		last = at;
	}
	same = ordered && matches_same(sub, ns, dm, dn);
	free(sub);
	if (same) {
		file_matches_free(dm, dn);
		return 0;
	}
	return (rc = delta_merge(d, rec, dm, dn)) < 0 ? rc : 1;
}

/*
 * Re-judge the records of paths (those not indexed are skipped), reading
 * only files whose text is kept nowhere; with d, for d's changed items
 * only.  Only records whose judgement changed are stored, unless
 * store_all: a reload where one pattern changed writes a few rows, not
 * every one.  0 or -ENOMEM.
 */
static int
cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
rejudge_paths(struct engine *e, char *const *given, size_t n,
    const struct delta *d, bool store_all)
{
	char **paths;
	size_t i;
	int rc = 0;

	/* In name order: the state's rows of one directory were written
	 * together, so fetching facts and texts this way reads each page
	 * of the database about once, where the index's order (a hash)
	 * read a page per file. */
	if ((paths = malloc((n + 1) * sizeof(*paths))) == NULL)
		return -ENOMEM;
	if (n > 0) {
		memcpy(paths, given, n * sizeof(*paths));
		qsort(paths, n, sizeof(*paths), cmp_path);
	}
	engine_begin(e);
	for (i = 0; i < n && rc >= 0; i++) {
		struct file_record *rec = evindex_take(e->idx, paths[i]);
		struct file_record *judged;
		struct file_match *was;
		size_t n_was;

		if (rec == NULL)
			continue;
		if (d != NULL) {
			rc = delta_judge(e, d, rec);
			if (rc == 1)
				put_record(e, paths[i], rec, true);
			else if (rc == 2) {
				file_record_free(rec);
				rc = scan_file(e, paths[i], NULL, NULL);
			} else {
				slim(e, rec);
				evindex_put(e->idx, rec);       /* as it was */
			}
			continue;
		}
		was = rec->matches;
		n_was = rec->n_matches;
		rec->matches = NULL;
		rec->n_matches = 0;
		rc = rejudge(e, rec, &judged);
		if (rc == 1)
			rc = scan_file(e, paths[i], NULL, NULL);
		else if (rc == 0)
			put_record(e, paths[i], judged, store_all ||
			    judged->ignored_by != NULL ||
			    !matches_same(was, n_was, judged->matches,
			    judged->n_matches));
		file_matches_free(was, n_was);
	}
	(void)engine_commit(e);
	free(paths);
	return rc < 0 ? rc : 0;
}

/* Re-judge every record under the ruleset in force.  The state says
 * "judged by no ruleset" meanwhile, so an interruption is re-judged at
 * the next start rather than believed. */
static int
rejudge_all(struct engine *e, char *const *paths, size_t n,
    const struct delta *d)
{
	int rc;

	if (e->state != NULL)
		(void)state_set_rules(e->state, NULL);
	rc = rejudge_paths(e, paths, n, d, false);
	if (rc == 0 && e->state != NULL)
		(void)state_set_rules(e->state, e->fp);
	return rc;
}

/* After a rename the inode's ctime changed, nothing else: keep the
 * identity current so a later rescan does not read the file again. */
static void
refresh_ctime(struct engine *e, struct file_record *rec)
{
	struct stat st;
	struct file_identity id;

	if (fstatat(e->rootfd, rec->facts->relpath, &st,
	    AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
		return;
	file_identity_from_stat(&id, &st);
	id.ctime_ns = rec->facts->id.ctime_ns;
	if (file_identity_equal(&id, &rec->facts->id))
		file_identity_from_stat(&rec->facts->id, &st);
}

static int
move_path(struct engine *e, const char *from, const char *to)
{
	char **paths = NULL, *newrel;
	size_t n = 0, i, flen = strlen(from);
	struct file_record *rec, *judged;
	int rc = 0;

	if ((rc = evindex_relpaths_under(e->idx, from, &paths, &n)) < 0)
		return rc;
	g_hash_table_destroy(take_problems(e->idx, from));
	for (i = 0; i < n; i++) {
		rec = evindex_take(e->idx, paths[i]);
		if (rec == NULL)
			continue;
		newrel = g_strconcat(to, paths[i] + flen, NULL);
		if ((rc = unslim(e, rec)) < 0) {
			/* Its facts are nowhere: read it at its new name. */
			file_record_free(rec);
			if (e->state != NULL)
				(void)state_remove(e->state, paths[i]);
			if (rc != -ENOMEM)
				rc = scan_file(e, newrel, NULL, NULL);
			g_free(newrel);
			if (rc < 0)
				break;
			continue;
		}
		/* The stored text follows the row: no re-read, no re-store. */
		if (e->state != NULL)
			(void)state_rename(e->state, paths[i], newrel);
		if ((rc = file_facts_rename(rec->facts, newrel)) < 0) {
			g_free(newrel);
			file_record_free(rec);
			break;
		}
		rc = rejudge(e, rec, &judged);
		if (rc == 1)
			rc = scan_file(e, newrel, NULL, NULL);
		else if (rc == 0) {
			refresh_ctime(e, judged);
			replace_record(e, newrel, judged);
		}
		g_free(newrel);
		if (rc < 0)
			break;
	}
	evindex_strv_free(paths);
	return rc == -ENOMEM ? rc : 0;
}

int
engine_move_path(struct engine *e, const char *from, const char *to)
{
	int rc;

	engine_begin(e);
	rc = move_path(e, from, to);
	(void)engine_commit(e);
	return rc;
}

int
engine_reload(struct engine *e, const struct engine_options *o,
    engine_diag_fn diag, void *ctx)
{
	struct ruleset *rs;
	struct scanner *sc;
	char **paths = NULL, *fp = NULL;
	struct delta *d;
	size_t n = 0;
	int rc;

	if ((rc = build_judge(o, diag, ctx, &rs, &sc,
	    e->state != NULL ? &fp : NULL)) < 0)
		return rc;
	d = delta_new(e->rs, rs);
	/* The fragments name the old ruleset's clauses. */
	status_cache_clear(e->scache);
	scanner_free(e->sc);
	ruleset_free(e->rs);
	free(e->fp);
	e->rs = rs;
	e->sc = sc;
	e->fp = fp;
	e->level = o->level;
	e->limits = o->limits;
	e->flags = o->flags;
	if ((rc = evindex_relpaths_under(e->idx, "", &paths, &n)) == 0)
		rc = rejudge_all(e, paths, n, d);
	evindex_strv_free(paths);
	delta_free(d);
	return rc;
}

/* ---- the state database --------------------------------------------- */

struct load_ctx {
	struct engine *e;
	bool trusted;           /* stored matches are of e's ruleset */
	GPtrArray *stale;       /* relpaths judged by another ruleset */
	GPtrArray *unjudged;    /* relpaths without matches to stand */
	unsigned reread;        /* records of another build's facts */
};

static int
load_record(void *ctx, struct file_facts *f, struct file_match *m, size_t n,
    bool judged)
{
	struct load_ctx *l = ctx;
	struct file_record *rec;

	if ((rec = calloc(1, sizeof(*rec))) == NULL) {
		file_facts_free(f);
		file_matches_free(m, n);
		return -ENOMEM;
	}
	rec->facts = f;
	rec->matches = m;
	rec->n_matches = n;
	/* Its judgement stands until the walk reads the file again. */
	if (!facts_of_this_build(f)) {
		rec->reread = true;
		l->reread++;
	}
	if (!judged)
		g_ptr_array_add(l->unjudged, g_strdup(f->relpath));
	else if (!l->trusted)
		g_ptr_array_add(l->stale, g_strdup(f->relpath));
	else
		l->e->n.restored++;
	slim(l->e, rec);
	evindex_put(l->e->idx, rec);
	return 0;
}

/* A stored file that proves nothing, as a slim record from the start:
 * its facts are never decoded unless it is judged again. */
static int
load_stub(void *ctx, char *relpath, const struct file_identity *id)
{
	struct load_ctx *l = ctx;
	struct file_record *rec = calloc(1, sizeof(*rec));
	struct file_stub *s = malloc(sizeof(*s));

	if (rec == NULL || s == NULL) {
		free(rec);
		free(s);
		free(relpath);
		return -ENOMEM;
	}
	s->relpath = relpath;
	s->id = *id;
	rec->stub = s;
	if (!l->trusted)
		g_ptr_array_add(l->stale, g_strdup(relpath));
	else
		l->e->n.restored++;
	evindex_put(l->e->idx, rec);
	return 0;
}

/* Open the state in dir and index what it holds, re-judging what
 * another ruleset judged.  Only -ENOMEM is an error: without a usable
 * database the engine works as the one-shot scan does. */
static int
load_state(struct engine *e, const char *dir)
{
	struct load_ctx l = { e, false, NULL, NULL, 0 };
	const char *stored;
	size_t dropped = 0;
	int rc;

	if ((rc = state_open(dir, &e->state)) < 0) {
		if (rc == -ENOMEM)
			return rc;
		log_warnx("%s: %s; going on without a state database (each "
		    "start reads every file)", dir, rc == -EBUSY ?
		    "in use by another evidenced" : strerror(-rc));
		free(e->fp);
		e->fp = NULL;
		return 0;
	}
	stored = state_rules(e->state);
	l.trusted = e->fp != NULL && stored != NULL &&
	    strcmp(stored, e->fp) == 0;
	l.stale = g_ptr_array_new_with_free_func(g_free);
	l.unjudged = g_ptr_array_new_with_free_func(g_free);
	rc = state_load(e->state, load_record, e->flags & ENGINE_KEEP_TEXT ?
	    NULL : load_stub, &l, &dropped);
	if (rc < 0) {
		/* Rebuilt (-EBADMSG) or unreadable: what came out of it is
		 * not to be believed; the rescan reads everything. */
		evindex_remove_under(e->idx, "");
		g_ptr_array_set_size(l.stale, 0);
		g_ptr_array_set_size(l.unjudged, 0);
		e->n.restored = 0;
		if (rc != -EBADMSG && rc != -ENOMEM) {
			log_warnx("%s: %s; going on without a state database",
			    dir, strerror(-rc));
			state_close(e->state);
			e->state = NULL;
		}
		rc = rc == -ENOMEM ? rc : 0;
	}
	if (rc == 0 && l.reread > 0)
		log_info("%u stored files were read by another build's "
		    "extraction: reading them again", l.reread);
	if (rc == 0 && e->state != NULL && !l.trusted) {
		if (l.stale->len > 0)
			log_info("%u stored records were judged by other rules "
			    "or another build: judging them again",
			    l.stale->len);
		rc = rejudge_all(e, (char *const *)l.stale->pdata,
		    l.stale->len, NULL);
	}
	if (rc == 0 && l.unjudged->len > 0)
		rc = rejudge_paths(e, (char *const *)l.unjudged->pdata,
		    l.unjudged->len, NULL, true);
	g_ptr_array_free(l.stale, TRUE);
	g_ptr_array_free(l.unjudged, TRUE);
	return rc;
}

/* ---- verdict ---------------------------------------------------------- */

int
engine_summary(struct engine *e, time_t now,
    size_t counts[CLAUSE_STATE_COUNT])
{
	struct verdict *v;
	int rc;

	if ((rc = verdict_compute(e->rs, e->idx, e->level, now, &v)) < 0)
		return rc;
	memcpy(counts, v->count, sizeof(v->count));
	verdict_free(v);
	return 0;
}

int
engine_status(struct engine *e, time_t now, struct json_object **doc)
{
	struct verdict *v = NULL;
	int rc;

	*doc = NULL;
	if ((rc = verdict_compute(e->rs, e->idx, e->level, now, &v)) < 0)
		return rc;
	rc = status_build_cached(v, e->idx, e->root, e->scache, doc);
	verdict_free(v);
	if (rc < 0)
		return rc;
	json_object_object_add(*doc, "share_unavailable",
	    json_object_new_boolean(e->unavailable));
	return 0;
}
