/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * watch.c - inotify events (through libinotifytools) to engine
 * operations, with rename pairing and settling.  See watch.h.
 *
 * Events are hints, never facts: every operation ends in the engine,
 * which looks at the file system itself (engine_scan_path stats the path
 * and keeps a record whose identity did not change).  So a stale or
 * spurious event costs a stat, never a wrong verdict; only a lost event
 * could, and an overflow therefore forces a full rescan.
 *
 * libinotifytools sets up the inotify instance and reads and splits its
 * events; the watches themselves are added, named and renamed here on
 * its descriptor, because its own path bookkeeping loses entries on
 * renames (it re-keys a tree while walking it).
 *
 * Ownership: the watch owns its tables; libinotifytools owns the inotify
 * descriptor (global state: one struct watch per process).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <inotifytools/inotify.h>
#include <inotifytools/inotifytools.h>

#include "evidenced/log.h"
#include "evidenced/watch.h"

/* Content changes, names appearing and going, and the root itself.
 * Never IN_ACCESS, IN_OPEN or IN_CLOSE_NOWRITE: reading is not a
 * change, and the daemon reads every file it is told about. */
#define WATCH_EVENTS (IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB |   \
	IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_DELETE_SELF |             \
	IN_MOVE_SELF | IN_EXCL_UNLINK)

/* The kernel queues MOVED_FROM and its MOVED_TO back to back; a FROM
 * still alone after this long was a move out of the share. */
#define MOVE_PAIR_MS 50

struct pending {
	int64_t due;            /* quiet until then */
	int64_t first;          /* first event, for writers that never close */
	bool open;              /* created or written, not closed yet */
	const char *gone;       /* the last event took it away: "deleted",
				   "moved_out" (static), or NULL */
};

struct move_from {
	char *relpath;          /* owned */
	bool isdir;
	int64_t at;
};

struct watch {
	struct engine *engine;          /* borrowed: what is ignored */
	/* Our own map of watches, both ways: the library's renames modify
	 * the keys of a tree while walking it and lose entries, so paths
	 * are kept here.  dirs: relpath ("" = the root, owned) -> wd;
	 * wds: wd -> the same relpath string (borrowed from dirs). */
	GHashTable *dirs;
	GHashTable *wds;
	char *root;             /* "/srv/share/" (trailing slash), owned */
	size_t rootlen;
	int fd;                 /* the library's inotify descriptor */
	unsigned settle_ms;
	unsigned open_max_ms;   /* a file open longer is read anyway */
	GHashTable *dirty;      /* relpath (owned) -> struct pending */
	GHashTable *moves;      /* cookie -> struct move_from */
	struct watch_stats st;
	/* While watch_process() hands a settled path to the engine: the
	 * path (borrowed) and how its last event took it away, or NULL. */
	const char *gone_path;
	const char *gone_how;
};

static void
move_free(gpointer p)
{
	struct move_from *m = p;

	free(m->relpath);
	free(m);
}

/*
 * libinotifytools does not give its descriptor away; it is the one
 * inotify instance of this process, so find it in /proc/self/fd and
 * poll it ourselves (the library's own wait takes whole seconds).
 */
static int
find_inotify_fd(void)
{
	char target[64];
	struct dirent *de;
	DIR *d;
	int fd = -1;
	ssize_t n;

	if ((d = opendir("/proc/self/fd")) == NULL)
		return -errno;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		n = readlinkat(dirfd(d), de->d_name, target,
		    sizeof(target) - 1);
		if (n <= 0)
			continue;
		target[n] = '\0';
		if (strcmp(target, "anon_inode:inotify") == 0) {
			fd = atoi(de->d_name);
			break;
		}
	}
	closedir(d);
	return fd >= 0 ? fd : -ENOENT;
}

static char *
dir_path(const struct watch *w, const char *relpath)
{
	return relpath[0] != '\0' ? g_strconcat(w->root, relpath, "/", NULL) :
	    g_strdup(w->root);
}

static void
watch_limit(struct watch *w, const char *path)
{
	if (!w->st.unwatched)
		log_warnx("%s: the inotify watch limit is reached; raise it "
		    "(sysctl fs.inotify.max_user_watches, now %d) -- until "
		    "then the share is rescanned periodically", path,
		    inotifytools_get_max_user_watches());
	w->st.unwatched = true;
}

/*
 * Watch the directory relpath and every directory beneath it, one by
 * one, so that we know every directory we watch: a directory moved out
 * of the share takes all its watches with it (the library's recursive
 * watch could not tell us which).  Ignored directories (recycle bins)
 * are not watched: a move into one reads as a move out, a restore as a
 * move in, which is what they are.  Symlinks are not followed.
 */
/* Record that wd watches relpath.  The kernel gives the same wd for the
 * same directory: an entry under an older name is replaced. */
static void
map_watch(struct watch *w, const char *relpath, int wd)
{
	const char *old = g_hash_table_lookup(w->wds, GINT_TO_POINTER(wd));
	gpointer prev;
	char *key;

	if (old != NULL)
		g_hash_table_remove(w->dirs, old);      /* frees old */
	/* A new directory where a watched one was: forget the old wd. */
	if (g_hash_table_lookup_extended(w->dirs, relpath, NULL, &prev))
		g_hash_table_remove(w->wds, prev);
	key = g_strdup(relpath);
	g_hash_table_replace(w->dirs, key, GINT_TO_POINTER(wd));
	g_hash_table_replace(w->wds, GINT_TO_POINTER(wd), key);
}

/* Forget the watch of relpath (the kernel dropped it, or we did). */
static void
unmap_watch(struct watch *w, const char *relpath)
{
	gpointer wd;

	if (!g_hash_table_lookup_extended(w->dirs, relpath, NULL, &wd))
		return;
	g_hash_table_remove(w->wds, wd);
	g_hash_table_remove(w->dirs, relpath);
}

static void
add_watches(struct watch *w, const char *relpath, int depth)
{
	struct dirent *de;
	char *path;
	DIR *d;

	if (depth > 256 || (relpath[0] != '\0' && w->engine != NULL &&
	    engine_ignores(w->engine, relpath)))
		return;
	path = dir_path(w, relpath);
	/* Watched already (a renamed directory): look beneath it all the
	 * same, for subdirectories created before their parent's watch. */
	if (!g_hash_table_contains(w->dirs, relpath)) {
		int wd = inotify_add_watch(w->fd, path, WATCH_EVENTS |
		    IN_ONLYDIR | IN_DONT_FOLLOW);

		if (wd < 0) {
			if (errno == ENOSPC)
				watch_limit(w, path);
			else if (errno != ENOENT && errno != ENOTDIR)
				log_warn("%s: cannot watch", path);
			g_free(path);
			return;
		}
		map_watch(w, relpath, wd);
	}
	if ((d = opendir(path)) == NULL) {
		g_free(path);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char *sub;

		if (de->d_type != DT_DIR || strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		sub = relpath[0] != '\0' ? g_strconcat(relpath, "/",
		    de->d_name, NULL) : g_strdup(de->d_name);
		add_watches(w, sub, depth + 1);
		g_free(sub);
	}
	closedir(d);
	g_free(path);
	w->st.watched_dirs = g_hash_table_size(w->dirs);
}

static bool
is_under(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return strncmp(path, dir, n) == 0 && (path[n] == '\0' ||
	    path[n] == '/');
}

/* Drop the watches of dir and everything beneath it. */
static void
remove_watches(struct watch *w, const char *dir)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init(&it, w->dirs);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		if (!is_under(k, dir))
			continue;
		/* The kernel answers with IN_IGNORED, for a wd we no
		 * longer map: nothing to do then. */
		inotify_rm_watch(w->fd, GPOINTER_TO_INT(v));
		g_hash_table_remove(w->wds, v);
		g_hash_table_iter_remove(&it);
	}
	w->st.watched_dirs = g_hash_table_size(w->dirs);
}

/* Watched directories under from are now under to. */
static void
rename_watches(struct watch *w, const char *from, const char *to)
{
	GHashTableIter it;
	GArray *wds = g_array_new(FALSE, FALSE, sizeof(int));
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	gpointer k, v;
	size_t flen = strlen(from), i;

	g_hash_table_iter_init(&it, w->dirs);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		int wd = GPOINTER_TO_INT(v);

		if (!is_under(k, from))
			continue;
		g_ptr_array_add(names, g_strconcat(to, (char *)k + flen,
		    NULL));
		g_array_append_val(wds, wd);
		g_hash_table_remove(w->wds, v);
		g_hash_table_iter_remove(&it);
	}
	for (i = 0; i < names->len; i++)
		map_watch(w, g_ptr_array_index(names, i),
		    g_array_index(wds, int, i));
	g_ptr_array_free(names, TRUE);
	g_array_free(wds, TRUE);
}

static int
start(struct watch *w)
{
	int fd;

	if (!inotifytools_initialize())
		return -inotifytools_error();
	if ((fd = find_inotify_fd()) < 0) {
		inotifytools_cleanup();
		return fd;
	}
	w->fd = fd;
	w->st.unwatched = false;
	w->st.root_gone = false;
	g_hash_table_remove_all(w->wds);
	g_hash_table_remove_all(w->dirs);
	add_watches(w, "", 0);
	if (!g_hash_table_contains(w->dirs, "") && !w->st.unwatched) {
		w->st.root_gone = true;
		log_warnx("%s: cannot watch the share root", w->root);
	}
	return 0;
}

int
watch_new(const char *root, struct engine *e, unsigned settle_ms,
    struct watch **out)
{
	struct watch *w;
	int rc;

	*out = NULL;
	if ((w = calloc(1, sizeof(*w))) == NULL)
		return -ENOMEM;
	w->fd = -1;
	w->engine = e;
	w->dirs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	w->wds = g_hash_table_new(g_direct_hash, g_direct_equal);
	w->root = g_str_has_suffix(root, "/") ? g_strdup(root) :
	    g_strconcat(root, "/", NULL);
	w->rootlen = strlen(w->root);
	w->settle_ms = settle_ms;
	w->open_max_ms = settle_ms * 25 > 5000 ? settle_ms * 25 : 5000;
	w->dirty = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	w->moves = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    move_free);
	if ((rc = start(w)) < 0) {
		watch_free(w);
		return rc;
	}
	*out = w;
	return 0;
}

void
watch_free(struct watch *w)
{
	if (w == NULL)
		return;
	if (w->fd >= 0)
		inotifytools_cleanup();
	g_hash_table_destroy(w->dirty);
	g_hash_table_destroy(w->moves);
	g_hash_table_destroy(w->wds);
	g_hash_table_destroy(w->dirs);
	g_free(w->root);
	free(w);
}

int
watch_restart(struct watch *w)
{
	inotifytools_cleanup();
	w->fd = -1;
	return start(w);
}

int
watch_fd(const struct watch *w)
{
	return w->fd;
}

void
watch_get_stats(const struct watch *w, struct watch_stats *st)
{
	*st = w->st;
}

void
watch_clear_overflow(struct watch *w)
{
	w->st.overflowed = false;
}

bool
watch_idle(const struct watch *w)
{
	return g_hash_table_size(w->dirty) == 0 &&
	    g_hash_table_size(w->moves) == 0;
}

/* ---- events ----------------------------------------------------------- */

static void
mark(struct watch *w, const char *relpath, int64_t now, int open)
{
	struct pending *p = g_hash_table_lookup(w->dirty, relpath);

	if (p == NULL) {
		p = g_new0(struct pending, 1);
		p->first = now;
		g_hash_table_insert(w->dirty, g_strdup(relpath), p);
	}
	p->due = now + w->settle_ms;
	if (open >= 0)
		p->open = open != 0;
	p->gone = NULL;
}

/* mark(), for an event that took relpath away, and how. */
static void
mark_gone(struct watch *w, const char *relpath, int64_t now,
    const char *how)
{
	struct pending *p;

	mark(w, relpath, now, 0);
	if ((p = g_hash_table_lookup(w->dirty, relpath)) != NULL)
		p->gone = how;
}

/* Pending marks under from now belong under to. */
static void
rekey_dirty(struct watch *w, const char *from, const char *to)
{
	GHashTableIter it;
	gpointer k, v;
	GPtrArray *keys = g_ptr_array_new();
	size_t flen = strlen(from), i;

	g_hash_table_iter_init(&it, w->dirty);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const char *r = k;

		if (strncmp(r, from, flen) == 0 &&
		    (r[flen] == '\0' || r[flen] == '/'))
			g_ptr_array_add(keys, k);
	}
	for (i = 0; i < keys->len; i++) {
		const char *r = g_ptr_array_index(keys, i);
		struct pending *p;
		char *nk;

		g_hash_table_steal_extended(w->dirty, r, &k, &v);
		p = v;
		nk = g_strconcat(to, (const char *)k + flen, NULL);
		g_free(k);
		g_hash_table_replace(w->dirty, nk, p);
	}
	g_ptr_array_free(keys, TRUE);
}

/* A rename inside the share: the records move with it. */
static int
do_move(struct watch *w, struct engine *e, const char *from, const char *to,
    bool isdir, int64_t now)
{
	int rc;

	if (isdir) {
		/* Into a recycle bin or out of one: watches go or come. */
		if (engine_ignores(e, to))
			remove_watches(w, from);
		else {
			rename_watches(w, from, to);
			/* A directory renamed before its creation event was
			 * handled was never watched: watch it now. */
			add_watches(w, to, 0);
		}
	}
	rc = engine_move_path(e, from, to);
	rekey_dirty(w, from, to);
	/* The engine re-checks to: a file it did not know, or a directory
	 * with files it did not hold, is read after settling. */
	mark(w, to, now, -1);
	w->st.updates++;
	return rc;
}

/* The share-relative name of an event, or NULL when it is outside the
 * share (a stale watch) or about a watched directory itself. */
static char *
event_relpath(const struct watch *w, struct inotify_event *ev)
{
	const char *dir = g_hash_table_lookup(w->wds,
	    GINT_TO_POINTER(ev->wd));

	if (dir == NULL || ev->len == 0 || ev->name[0] == '\0')
		return NULL;
	return dir[0] != '\0' ? g_strconcat(dir, "/", ev->name, NULL) :
	    g_strdup(ev->name);
}

static int
handle_event(struct watch *w, struct engine *e, struct inotify_event *ev,
    int64_t now)
{
	bool isdir = (ev->mask & IN_ISDIR) != 0;
	struct move_from *m;
	char *rel;
	int rc = 0;

	w->st.events++;
	log_debug("event %s wd %d cookie %u name %s",
	    inotifytools_event_to_str((int)ev->mask), ev->wd, ev->cookie,
	    ev->len ? ev->name : "");
	if (ev->mask & IN_Q_OVERFLOW) {
		if (!w->st.overflowed)
			log_warnx("%s: inotify queue overflow: events were "
			    "lost, rescanning", w->root);
		w->st.overflowed = true;
		return 0;
	}
	if (ev->mask & (IN_UNMOUNT | IN_DELETE_SELF | IN_MOVE_SELF |
	    IN_IGNORED)) {
		const char *dir = g_hash_table_lookup(w->wds,
		    GINT_TO_POINTER(ev->wd));

		if (dir != NULL && dir[0] == '\0' && !(ev->mask & IN_IGNORED)) {
			log_warnx("%s: the share root was %s", w->root,
			    (ev->mask & IN_UNMOUNT) ? "unmounted" :
			    (ev->mask & IN_MOVE_SELF) ? "moved away" :
			    "deleted");
			w->st.root_gone = true;
		}
		/* The kernel dropped the watch (directory deleted or gone
		 * from the file system): wds are not reused soon (they are
		 * allocated cyclically), but forget it now. */
		if ((ev->mask & IN_IGNORED) && dir != NULL) {
			char *gone = g_strdup(dir);

			unmap_watch(w, gone);
			g_free(gone);
			w->st.watched_dirs = g_hash_table_size(w->dirs);
		}
		return 0;
	}
	if ((rel = event_relpath(w, ev)) == NULL)
		return 0;
	if (ev->mask & IN_MOVED_FROM) {
		m = g_new0(struct move_from, 1);
		m->relpath = rel;
		m->isdir = isdir;
		m->at = now;
		g_hash_table_replace(w->moves, GUINT_TO_POINTER(ev->cookie), m);
		return 0;
	}
	if (ev->mask & IN_MOVED_TO) {
		m = g_hash_table_lookup(w->moves, GUINT_TO_POINTER(ev->cookie));
		if (m != NULL) {
			rc = do_move(w, e, m->relpath, rel, isdir, now);
			g_hash_table_remove(w->moves,
			    GUINT_TO_POINTER(ev->cookie));
		} else {
			/* Moved in from outside the share. */
			if (isdir)
				add_watches(w, rel, 0);
			mark(w, rel, now, 0);
		}
		g_free(rel);
		return rc;
	}
	if ((ev->mask & IN_CREATE) && isdir) {
		/* Watch first, then walk: what was written into it before
		 * the watch existed is found by the walk, what comes after
		 * by the watch. */
		add_watches(w, rel, 0);
		mark(w, rel, now, 0);
	} else if (ev->mask & (IN_CREATE | IN_MODIFY))
		mark(w, rel, now, 1);
	else if (ev->mask & IN_CLOSE_WRITE)
		mark(w, rel, now, 0);
	else if (ev->mask & IN_DELETE)
		mark_gone(w, rel, now, "deleted");
	else if (ev->mask & IN_ATTRIB)
		mark(w, rel, now, -1);
	g_free(rel);
	return rc;
}

int
watch_read(struct watch *w, struct engine *e, int64_t now_ms)
{
	struct inotify_event *ev;
	int rc;

	if (w->fd < 0)
		return 0;
	/* A zero timeout: the caller polled the descriptor already.  (Not
	 * inotifytools_next_event(0): there 0 means "block".)  Drained to
	 * the end, so no event waits in the library's buffer unpolled. */
	while ((ev = inotifytools_next_events(0, 1)) != NULL)
		if ((rc = handle_event(w, e, ev, now_ms)) == -ENOMEM)
			return rc;
	return 0;
}

/* ---- settling --------------------------------------------------------- */

static gint
cmp_path(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
due(const struct watch *w, const struct pending *p, int64_t now)
{
	if (p->open)
		return now - p->first >= w->open_max_ms && now >= p->due;
	return now >= p->due;
}

int
watch_process(struct watch *w, struct engine *e, int64_t now_ms,
    size_t *did)
{
	GHashTableIter it;
	gpointer k, v;
	GPtrArray *ready = g_ptr_array_new_with_free_func(g_free);
	size_t i;
	int rc = 0;

	*did = 0;
	/* Moves out of the share: the name is gone from here. */
	g_hash_table_iter_init(&it, w->moves);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		struct move_from *m = v;

		if (now_ms - m->at < MOVE_PAIR_MS)
			continue;
		if (m->isdir)
			remove_watches(w, m->relpath);
		mark_gone(w, m->relpath, now_ms - w->settle_ms, "moved_out");
		g_hash_table_iter_remove(&it);
	}
	g_hash_table_iter_init(&it, w->dirty);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (due(w, v, now_ms))
			g_ptr_array_add(ready, g_strdup(k));
	/* Parents before children: a directory walk covers its files. */
	g_ptr_array_sort(ready, cmp_path);
	for (i = 0; i < ready->len && rc != -ENOMEM; i++) {
		const char *rel = g_ptr_array_index(ready, i);

		struct pending *p = g_hash_table_lookup(w->dirty, rel);

		log_debug("settled: %s", rel);
		/* What the engine removes meanwhile left this way. */
		w->gone_path = rel;
		w->gone_how = p != NULL ? p->gone : NULL;
		g_hash_table_remove(w->dirty, rel);
		rc = engine_scan_path(e, rel);
		w->gone_path = NULL;
		w->gone_how = NULL;
		(*did)++;
	}
	w->st.updates += *did;
	g_ptr_array_free(ready, TRUE);
	return rc == -ENOMEM ? rc : 0;
}

const char *
watch_gone_cause(const struct watch *w, const char *relpath)
{
	size_t n;

	if (w->gone_path == NULL || w->gone_how == NULL)
		return NULL;
	n = strlen(w->gone_path);
	if (strncmp(relpath, w->gone_path, n) != 0 ||
	    (relpath[n] != '\0' && relpath[n] != '/' && n > 0))
		return NULL;
	return w->gone_how;
}

int
watch_timeout(const struct watch *w, int64_t now_ms)
{
	GHashTableIter it;
	gpointer v;
	int64_t next = INT64_MAX;

	g_hash_table_iter_init(&it, w->moves);
	while (g_hash_table_iter_next(&it, NULL, &v)) {
		const struct move_from *m = v;

		if (m->at + MOVE_PAIR_MS < next)
			next = m->at + MOVE_PAIR_MS;
	}
	g_hash_table_iter_init(&it, w->dirty);
	while (g_hash_table_iter_next(&it, NULL, &v)) {
		const struct pending *p = v;
		int64_t d = p->open ? (p->first + w->open_max_ms > p->due ?
		    p->first + w->open_max_ms : p->due) : p->due;

		if (d < next)
			next = d;
	}
	if (next == INT64_MAX)
		return -1;
	return next <= now_ms ? 0 : (int)(next - now_ms > INT_MAX ?
	    INT_MAX : next - now_ms);
}
