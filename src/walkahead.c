/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * walkahead.c - a walk run ahead in a thread of its own (walkahead.h).
 *
 * The walk thread runs walk_tree_at() and writes what its callbacks are
 * told into chunks of events (a file and its stat, a problem), which go
 * onto a bounded queue; the calling thread takes the chunks off in order
 * and makes the caller's calls.  A chunk goes onto the queue when it is
 * full or the walk is over.  With a hint (walkahead.h), the descriptors
 * of a chunk's open files go to it just before the chunk is queued.
 *
 * Ownership: the chunk being filled (cur), the walk's own state and dctx
 * belong to the walk thread; a chunk taken off the queue belongs to the
 * calling thread until it goes back to the spare list.  The queue, the
 * spare list and the flags are shared, under mu; stop is also read
 * without the lock (an atomic), as a hint the lock then confirms.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "evidenced/walkahead.h"

#define WA_CHUNK 64             /* events per chunk at most */

enum wa_kind {
	WA_FILE,
	WA_PROBLEM,
};

struct wa_event {
	enum wa_kind kind;
	int err;                /* WA_PROBLEM */
	size_t path;            /* offset of the relpath in the text */
	size_t what;            /* offset of the description (WA_PROBLEM) */
	struct stat st;         /* WA_FILE */
	int fd;                 /* WA_FILE: -1, or open (WALKAHEAD_OPEN) */
	struct stat fst;        /* of fd */
};

struct wa_chunk {
	struct wa_chunk *next;
	size_t n;
	char *text;             /* the events' strings, NUL-terminated */
	size_t len, cap;
	struct wa_event ev[WA_CHUNK];
};

struct walkahead {
	/* Shared, under mu. */
	pthread_mutex_t mu;
	pthread_cond_t ready;           /* a chunk queued, or the walk done */
	pthread_cond_t room;            /* a chunk taken off, or stop */
	struct wa_chunk *head, *tail;   /* full chunks, in walk order */
	size_t queued;
	struct wa_chunk *spare;         /* chunks to fill again */
	bool done;                      /* the walk thread pushed its last */
	int rc;                         /* walk_tree_at()'s, once done */
	atomic_bool stop;               /* the caller wants nothing more */

	/* Set before the thread starts, read-only after. */
	int rootfd;
	const char *root, *subdir;
	bool (*descend)(const char *relpath, void *dctx);
	void *dctx;
	size_t chunk_cap, max_queued;
	unsigned flags;                 /* WALKAHEAD_* */
	const struct walkahead_hint *hint;      /* NULL: none */

	/* The walk thread's own. */
	struct wa_chunk *cur;
	bool oom;
};

/* The files of c's events that no one took (a walk stopped). */
static void
chunk_close(struct wa_chunk *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->ev[i].kind == WA_FILE && c->ev[i].fd >= 0) {
			close(c->ev[i].fd);
			c->ev[i].fd = -1;
		}
}

static void
chunks_free(struct wa_chunk *c)
{
	struct wa_chunk *next;

	for (; c != NULL; c = next) {
		next = c->next;
		chunk_close(c);
		free(c->text);
		free(c);
	}
}

/* Walk thread: hint the files of fds, n of them; those it cannot hand
 * over are read ahead here. */
static void
hint_or_prefetch(const struct walkahead_hint *h, const int *fds,
    const char *const *relpaths, size_t n)
{
	size_t i;

	if (n == 0 || h->fn(fds, relpaths, n, h->ctx) == 0)
		return;
	for (i = 0; i < n; i++)
		(void)posix_fadvise(fds[i], 0, WALKAHEAD_PREFETCH_BYTES,
		    POSIX_FADV_WILLNEED);
}

/* Walk thread: cur's open files to the hint, WALKAHEAD_HINT_MAX at a
 * time: before the caller can take (and close) them. */
static void
send_hints(struct walkahead *wa)
{
	int fds[WALKAHEAD_HINT_MAX];
	const char *relpaths[WALKAHEAD_HINT_MAX];
	size_t i, n = 0;

	for (i = 0; i < wa->cur->n; i++) {
		if (wa->cur->ev[i].kind != WA_FILE || wa->cur->ev[i].fd < 0)
			continue;
		relpaths[n] = wa->cur->text + wa->cur->ev[i].path;
		fds[n++] = wa->cur->ev[i].fd;
		if (n == WALKAHEAD_HINT_MAX) {
			hint_or_prefetch(wa->hint, fds, relpaths, n);
			n = 0;
		}
	}
	hint_or_prefetch(wa->hint, fds, relpaths, n);
}

/* Walk thread: put cur on the queue (waiting for room) and take an empty
 * chunk.  false when the caller has stopped (cur is kept then). */
static bool
push(struct walkahead *wa)
{
	struct wa_chunk *c = wa->cur;
	bool ok;

	if (wa->hint != NULL)
		send_hints(wa);
	pthread_mutex_lock(&wa->mu);
	while (wa->queued >= wa->max_queued && !atomic_load(&wa->stop))
		pthread_cond_wait(&wa->room, &wa->mu);
	ok = !atomic_load(&wa->stop);
	if (ok) {
		c->next = NULL;
		if (wa->tail != NULL)
			wa->tail->next = c;
		else
			wa->head = c;
		wa->tail = c;
		wa->queued++;
		pthread_cond_signal(&wa->ready);
		wa->cur = wa->spare;
		if (wa->cur != NULL)
			wa->spare = wa->cur->next;
	}
	pthread_mutex_unlock(&wa->mu);
	if (ok && wa->cur != NULL) {
		wa->cur->n = 0;
		wa->cur->len = 0;
	}
	return ok;
}

/* Walk thread: append s to cur's text; its offset, or SIZE_MAX. */
static size_t
add_text(struct wa_chunk *c, const char *s)
{
	size_t n = strlen(s) + 1, at = c->len, cap;
	char *t;

	if (c->cap - c->len < n) {
		cap = c->cap != 0 ? c->cap : 4096;
		while (cap - c->len < n)
			cap *= 2;
		if ((t = realloc(c->text, cap)) == NULL)
			return SIZE_MAX;
		c->text = t;
		c->cap = cap;
	}
	memcpy(c->text + at, s, n);
	c->len += n;
	return at;
}

/* Walk thread: a new event in cur, or NULL (out of memory: noted). */
static struct wa_event *
add_event(struct walkahead *wa, enum wa_kind kind, const char *relpath,
    const char *what)
{
	struct wa_event *ev;
	size_t p, w = 0;

	if (wa->cur == NULL && (wa->cur = calloc(1, sizeof(*wa->cur))) == NULL)
		goto oom;
	if ((p = add_text(wa->cur, relpath)) == SIZE_MAX ||
	    (what != NULL && (w = add_text(wa->cur, what)) == SIZE_MAX))
		goto oom;
	ev = &wa->cur->ev[wa->cur->n++];
	ev->kind = kind;
	ev->path = p;
	ev->what = w;
	ev->err = 0;
	ev->fd = -1;
	return ev;
oom:
	wa->oom = true;
	return NULL;
}

/*
 * Walk thread: after an event, hand cur over when it is full.  Never
 * sooner, even to a caller found waiting: one that outruns the walk (a
 * warm restart judges a file in less time than the walk stats it) would
 * then be woken for every few files (a hundred times the context
 * switches), and on a cold disk a chunk fills in about a millisecond.
 * false when the caller has stopped.
 */
static bool
maybe_push(struct walkahead *wa)
{
	return wa->cur->n < wa->chunk_cap || push(wa);
}

static int
wa_file(const struct walk_entry *e, void *ctx)
{
	struct walkahead *wa = ctx;
	struct wa_event *ev;

	if (atomic_load_explicit(&wa->stop, memory_order_relaxed) ||
	    (ev = add_event(wa, WA_FILE, e->relpath, NULL)) == NULL) {
		if (e->fd >= 0)
			close(e->fd);
		return wa->oom ? -ENOMEM : 1;
	}
	ev->st = e->st;
	/* Any failure is the caller's to meet again, with its own open. */
	if (e->fd >= 0) {
		ev->fd = e->fd;
		ev->fst = e->fst;
	}
	if ((wa->flags & WALKAHEAD_OPEN) && (ev->fd >= 0 ||
	    share_open_file_ex(wa->rootfd, e->relpath, &e->st,
	    SHARE_OPEN_NONBLOCK, &ev->fd, &ev->fst) == 0)) {
		/* With a hint, the chunk's files go to it when it is full. */
		if (wa->hint == NULL)
			(void)posix_fadvise(ev->fd, 0,
			    WALKAHEAD_PREFETCH_BYTES, POSIX_FADV_WILLNEED);
	} else if (wa->flags & WALKAHEAD_PREFETCH)
		share_prefetch(wa->rootfd, e->relpath,
		    WALKAHEAD_PREFETCH_BYTES);
	return maybe_push(wa) ? 0 : 1;
}

static void
wa_problem(const char *relpath, int err, const char *what, void *ctx)
{
	struct walkahead *wa = ctx;
	struct wa_event *ev;

	if (atomic_load_explicit(&wa->stop, memory_order_relaxed))
		return;
	if ((ev = add_event(wa, WA_PROBLEM, relpath, what)) == NULL)
		return;         /* the next file says -ENOMEM */
	ev->err = err;
	(void)maybe_push(wa);
}

static bool
wa_descend(const char *relpath, void *ctx)
{
	struct walkahead *wa = ctx;

	if (atomic_load_explicit(&wa->stop, memory_order_relaxed) || wa->oom)
		return false;
	return wa->descend == NULL || wa->descend(relpath, wa->dctx);
}

static void *
walk_thread(void *arg)
{
	struct walkahead *wa = arg;
	struct walk_callbacks cb;
	int rc;

	memset(&cb, 0, sizeof(cb));
	cb.file = wa_file;
	cb.problem = wa_problem;
	cb.descend = wa_descend;
	cb.ctx = wa;
	if (wa->flags & WALKAHEAD_OPEN)
		cb.flags = WALK_OPEN_FILES;
	rc = walk_tree_at(wa->rootfd, wa->root, wa->subdir, &cb);
	if (wa->oom && rc >= 0)
		rc = -ENOMEM;
	if (wa->cur != NULL && wa->cur->n > 0)
		(void)push(wa);
	pthread_mutex_lock(&wa->mu);
	/* cur: never pushed, or the spare taken after the last push. */
	if (wa->cur != NULL) {
		wa->cur->next = wa->spare;
		wa->spare = wa->cur;
		wa->cur = NULL;
	}
	wa->done = true;
	wa->rc = rc;
	pthread_cond_signal(&wa->ready);
	pthread_mutex_unlock(&wa->mu);
	return NULL;
}

/* Calling thread: the next chunk in walk order (c, done with, goes back
 * to the spare list), or NULL when the walk is over. */
static struct wa_chunk *
take(struct walkahead *wa, struct wa_chunk *c)
{
	struct wa_chunk *next;

	pthread_mutex_lock(&wa->mu);
	if (c != NULL) {
		c->next = wa->spare;
		wa->spare = c;
	}
	while (wa->head == NULL && !wa->done)
		pthread_cond_wait(&wa->ready, &wa->mu);
	next = wa->head;
	if (next != NULL) {
		wa->head = next->next;
		next->next = NULL;
		if (wa->head == NULL)
			wa->tail = NULL;
		/* The walk goes on when half the queue is free: it then
		 * fills several chunks per wake-up, not one. */
		if (--wa->queued <= wa->max_queued / 2)
			pthread_cond_signal(&wa->room);
	}
	pthread_mutex_unlock(&wa->mu);
	return next;
}

/* Calling thread: make the caller's calls for c's events, handing their
 * files over; 0 or cb->file's non-zero value (the files not handed over
 * stay in c, for chunks_free()). */
static int
replay(struct wa_chunk *c, const struct walk_callbacks *cb)
{
	struct wa_event *ev;
	struct walk_entry e;
	const char *slash;
	size_t i;
	int rc;

	for (i = 0; i < c->n; i++) {
		ev = &c->ev[i];
		e.relpath = c->text + ev->path;
		if (ev->kind == WA_PROBLEM) {
			if (cb->problem != NULL)
				cb->problem(e.relpath, ev->err,
				    c->text + ev->what, cb->ctx);
			continue;
		}
		slash = strrchr(e.relpath, '/');
		e.name = slash != NULL ? slash + 1 : e.relpath;
		e.st = ev->st;
		e.fd = ev->fd;
		e.fst = ev->fst;
		ev->fd = -1;
		if (cb->file == NULL) {
			if (e.fd >= 0)
				close(e.fd);
		} else if ((rc = cb->file(&e, cb->ctx)) != 0)
			return rc;
	}
	return 0;
}

/*
 * How far a walk that holds its files open may run ahead: the entries
 * queued, plus a chunk being filled and one being replayed, are open at
 * once, and half of RLIMIT_NOFILE stays for everyone else (the workers'
 * sockets and files in flight, the state database, directories).  Too
 * little room: prefetch only (WALKAHEAD_OPEN dropped from *flags).
 */
static size_t
open_ahead(size_t ahead, unsigned *flags)
{
	struct rlimit rl;
	rlim_t room;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur < 8 * WA_CHUNK) {
		*flags &= ~(unsigned)WALKAHEAD_OPEN;
		return ahead;
	}
	room = rl.rlim_cur == RLIM_INFINITY ? ahead : rl.rlim_cur / 2 -
	    2 * WA_CHUNK;
	return ahead < room ? ahead : (size_t)room;
}

/* The walk in the calling thread, for when no thread starts. */
struct inline_walk {
	const struct walk_callbacks *cb;
	bool (*descend)(const char *relpath, void *dctx);
	void *dctx;
};

static int
inline_file(const struct walk_entry *e, void *ctx)
{
	const struct inline_walk *iw = ctx;

	return iw->cb->file != NULL ? iw->cb->file(e, iw->cb->ctx) : 0;
}

static void
inline_problem(const char *relpath, int err, const char *what, void *ctx)
{
	const struct inline_walk *iw = ctx;

	if (iw->cb->problem != NULL)
		iw->cb->problem(relpath, err, what, iw->cb->ctx);
}

static bool
inline_descend(const char *relpath, void *ctx)
{
	const struct inline_walk *iw = ctx;

	return iw->descend == NULL || iw->descend(relpath, iw->dctx);
}

static int
walk_inline(int rootfd, const char *root, const char *subdir,
    const struct walk_callbacks *cb,
    bool (*descend)(const char *relpath, void *dctx), void *dctx)
{
	struct inline_walk iw = { cb, descend, dctx };
	struct walk_callbacks icb;

	memset(&icb, 0, sizeof(icb));
	icb.file = inline_file;
	icb.problem = inline_problem;
	icb.descend = inline_descend;
	icb.ctx = &iw;
	return walk_tree_at(rootfd, root, subdir, &icb);
}

int
walk_tree_ahead(int rootfd, const char *root, const char *subdir,
    const struct walk_callbacks *cb,
    bool (*descend)(const char *relpath, void *dctx), void *dctx,
    size_t ahead, unsigned flags, const struct walkahead_hint *hint)
{
	struct walkahead wa;
	struct wa_chunk *c = NULL;
	sigset_t all, old;
	pthread_t th;
	int rc = 0, err;

	memset(&wa, 0, sizeof(wa));
	if (ahead == 0)
		ahead = WALKAHEAD_DEFAULT;
	if (flags & WALKAHEAD_OPEN)
		ahead = open_ahead(ahead, &flags);
	wa.chunk_cap = ahead < WA_CHUNK ? ahead : WA_CHUNK;
	wa.max_queued = (ahead + wa.chunk_cap - 1) / wa.chunk_cap;
	wa.rootfd = rootfd;
	wa.root = root;
	wa.subdir = subdir;
	wa.descend = descend;
	wa.dctx = dctx;
	wa.flags = flags;
	/* Only open files can be handed over. */
	wa.hint = (flags & WALKAHEAD_OPEN) && hint != NULL && hint->fn != NULL ?
	    hint : NULL;
	atomic_init(&wa.stop, false);
	pthread_mutex_init(&wa.mu, NULL);
	pthread_cond_init(&wa.ready, NULL);
	pthread_cond_init(&wa.room, NULL);
	/* Signals stay with the threads that expect them: the walk thread
	 * starts with every signal blocked. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&th, NULL, walk_thread, &wa);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err != 0) {
		rc = walk_inline(rootfd, root, subdir, cb, descend, dctx);
		goto done;
	}
	while ((c = take(&wa, c)) != NULL)
		if ((rc = replay(c, cb)) != 0)
			break;
	if (rc != 0) {
		pthread_mutex_lock(&wa.mu);
		atomic_store(&wa.stop, true);
		pthread_cond_signal(&wa.room);
		pthread_mutex_unlock(&wa.mu);
	}
	pthread_join(th, NULL);
	if (rc == 0)
		rc = wa.rc;
	chunks_free(c);
	chunks_free(wa.head);
	chunks_free(wa.spare);
done:
	pthread_cond_destroy(&wa.room);
	pthread_cond_destroy(&wa.ready);
	pthread_mutex_destroy(&wa.mu);
	return rc;
}
