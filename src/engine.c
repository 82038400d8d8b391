/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * engine.c - share + ruleset + scanner + index, and the operations the
 * one-shot scan and the daemon perform on them.
 *
 * Ownership: the engine owns the ruleset (rs), the scanner judging with
 * it (sc, which borrows rs), the index (idx) and the share root fd.  A
 * reload makes a new rs and sc and frees the old pair only after the
 * swap, so nothing ever sees a freed ruleset.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/engine.h"
#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/pool.h"
#include "evidenced/progress.h"
#include "evidenced/scanner.h"
#include "evidenced/status.h"
#include "evidenced/walker.h"

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

static unsigned
scanner_flags(unsigned engine_flags)
{
	return (engine_flags & ENGINE_KEEP_TEXT) ? SCANNER_KEEP_TEXT : 0;
}

/* A ruleset and a scanner for it, both new. */
static int
build_judge(const struct engine_options *o, engine_diag_fn diag, void *ctx,
    struct ruleset **rs, struct scanner **sc)
{
	int rc;

	*sc = NULL;
	rc = engine_compile_rules(o->rules, o->site_rules, o->n_site_rules,
	    diag, ctx, rs);
	if (rc < 0)
		return rc;
	if ((*sc = scanner_new(*rs, &o->limits, scanner_flags(o->flags))) ==
	    NULL) {
		rc = errno != 0 ? -errno : -ENOMEM;
		ruleset_free(*rs);
		*rs = NULL;
		return rc;
	}
	return 0;
}

/* ---- life ------------------------------------------------------------- */

static void
open_root(struct engine *e)
{
	if (e->rootfd >= 0)
		close(e->rootfd);
	e->rootfd = open(e->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

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
	    (e->idx = evindex_new()) == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	if ((rc = build_judge(o, diag, ctx, &e->rs, &e->sc)) < 0)
		goto fail;
	open_root(e);
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
	evindex_free(e->idx);
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

/* ---- records ---------------------------------------------------------- */

/* Make rec (taken; NULL = none) the record of relpath, telling the
 * observer.  Ignored files are not indexed. */
static void
replace_record(struct engine *e, const char *relpath, struct file_record *rec)
{
	struct file_record *old = evindex_take(e->idx, relpath);

	if (rec != NULL && rec->ignored_by != NULL) {
		file_record_free(rec);
		rec = NULL;
	}
	if (rec != NULL)
		evindex_put(e->idx, rec);
	else
		evindex_remove(e->idx, relpath);        /* and its problem */
	if (e->observer != NULL && (old != NULL || rec != NULL))
		e->observer(e->observer_ctx, old, rec);
	file_record_free(old);
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
		rc = scanner_judge(e->sc, f, &rec);
		if (rc == 0)
			rc = file_done(e, relpath, 0, rec, before, st);
		free(relpath);
		if (rc < 0)
			return rc;
	}
	return rc;
}

/*
 * Start reading relpath in a worker; judge whatever has finished
 * meanwhile.  An ignored file is judged here from its name (never
 * parsed).  0, or a fatal negative errno.
 */
static int
submit_file(struct engine *e, struct pool *pool, const char *relpath,
    GHashTable *before, struct engine_stats *st)
{
	struct file_record *rec = NULL;
	struct stat fst;
	int fd, rc;

	if (scanner_ignores(e->sc, relpath)) {
		rc = scanner_scan_file(e->sc, e->rootfd, relpath, &rec);
		return file_done(e, relpath, rc, rec, before, st);
	}
	if ((rc = share_open_file(e->rootfd, relpath, &fd, &fst)) < 0)
		return file_done(e, relpath, rc, NULL, before, st);
	if ((rc = pool_submit(pool, fd, &fst, relpath, 0, NULL)) < 0)
		return file_done(e, relpath, rc, NULL, before, st);
	return collect(e, pool, false, before, st);
}

/* ---- walking ---------------------------------------------------------- */

struct walk_ctx {
	struct engine *e;
	struct engine_stats *st;
	GHashTable *seen;       /* relpaths met (owned keys) */
	GHashTable *before;     /* relpath -> problem text before the walk */
	struct pool *pool;      /* NULL: read in process */
	size_t entries;         /* anything met at all */
	int err;
};

static bool
on_descend(const char *relpath, void *ctx)
{
	struct walk_ctx *w = ctx;

	w->entries++;
	/* A recycle bin may hold thousands of files: never walk into it. */
	return !scanner_ignores(w->e->sc, relpath);
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
	g_hash_table_add(w->seen, g_strdup(relpath));
	w->st->problems++;
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
	g_hash_table_add(w->seen, g_strdup(ent->relpath));
	rec = evindex_get(w->e->idx, ent->relpath);
	file_identity_from_stat(&id, &ent->st);
	if (rec != NULL && file_identity_equal(&rec->facts->id, &id)) {
		w->st->unchanged++;
		return 0;
	}
	if (w->pool != NULL)
		rc = submit_file(w->e, w->pool, ent->relpath, w->before, w->st);
	else
		rc = scan_file(w->e, ent->relpath, w->before, w->st);
	if (rc < 0) {
		w->err = rc;
		return rc;
	}
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
	char **paths = NULL;
	size_t n = 0, i;
	int rc;

	memset(&w, 0, sizeof(w));
	if ((rc = engine_pool(e, &w.pool)) < 0)
		return rc;
	w.e = e;
	w.st = st;
	w.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	w.before = take_problems(e->idx, dir);
	memset(&cb, 0, sizeof(cb));
	cb.file = on_file;
	cb.descend = on_descend;
	cb.problem = on_problem;
	cb.ctx = &w;
	rc = walk_tree_at(e->rootfd, e->root, dir, &cb);
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
	if ((rc = evindex_relpaths_under(e->idx, dir, &paths, &n)) < 0)
		goto done;
	for (i = 0; i < n; i++) {
		if (g_hash_table_contains(w.seen, paths[i]))
			continue;
		replace_record(e, paths[i], NULL);
		st->removed++;
	}
	evindex_strv_free(paths);
done:
	g_hash_table_destroy(w.seen);
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
	return walk_scope(e, "", st);
}

int
engine_scan_path(struct engine *e, const char *relpath)
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
		if (rec != NULL && file_identity_equal(&rec->facts->id, &id))
			return 0;       /* an event about nothing new */
	}
	return scan_file(e, relpath, NULL, &st);
}

size_t
engine_remove_path(struct engine *e, const char *relpath)
{
	char **paths = NULL;
	size_t n = 0, i;

	if (evindex_relpaths_under(e->idx, relpath, &paths, &n) == 0) {
		for (i = 0; i < n; i++)
			replace_record(e, paths[i], NULL);
		evindex_strv_free(paths);
	}
	return n + evindex_remove_under(e->idx, relpath);
}

/* Re-judge rec's facts under e's ruleset, or read the file again when
 * its text was needed but not kept.  rec is taken. */
static int
rejudge(struct engine *e, struct file_record *rec, struct file_record **out)
{
	struct file_facts *f = rec->facts;

	*out = NULL;
	if (f->text == NULL && f->text_len > 0) {
		/* The text is not kept: only the file can tell. */
		file_record_free(rec);
		return 1;
	}
	rec->facts = NULL;
	file_record_free(rec);
	return scanner_judge(e->sc, f, out);
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

int
engine_move_path(struct engine *e, const char *from, const char *to)
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
engine_reload(struct engine *e, const struct engine_options *o,
    engine_diag_fn diag, void *ctx)
{
	struct ruleset *rs;
	struct scanner *sc;
	char **paths = NULL;
	size_t n = 0, i;
	int rc;

	if ((rc = build_judge(o, diag, ctx, &rs, &sc)) < 0)
		return rc;
	scanner_free(e->sc);
	ruleset_free(e->rs);
	e->rs = rs;
	e->sc = sc;
	e->level = o->level;
	e->limits = o->limits;
	e->flags = o->flags;
	if ((rc = evindex_relpaths_under(e->idx, "", &paths, &n)) < 0)
		return rc;
	for (i = 0; i < n && rc >= 0; i++) {
		struct file_record *rec = evindex_take(e->idx, paths[i]);
		struct file_record *judged;

		if (rec == NULL)
			continue;
		rc = rejudge(e, rec, &judged);
		if (rc == 1)
			rc = scan_file(e, paths[i], NULL, NULL);
		else if (rc == 0)
			replace_record(e, paths[i], judged);
	}
	evindex_strv_free(paths);
	return rc < 0 ? rc : 0;
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
	rc = status_build(v, e->idx, e->root, doc);
	verdict_free(v);
	if (rc < 0)
		return rc;
	json_object_object_add(*doc, "share_unavailable",
	    json_object_new_boolean(e->unavailable));
	return 0;
}
