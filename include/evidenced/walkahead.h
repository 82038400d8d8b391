/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * walkahead.h - a walk (walker.h) run ahead in a thread of its own.
 *
 * On a cold cache a walk waits for the disk at every directory read and
 * every inode it stats, and the caller's work on the files (open, send to
 * a worker, judge the facts) waits with it.  walk_tree_ahead() runs the
 * walk in a thread that queues what it meets, a bounded number of entries
 * ahead, while the calling thread takes them off in the walk's own order:
 * the disk waits of the walk overlap the caller's work.  The caller sees
 * exactly the calls walk_tree_at() would make, in the same order, only
 * from a walk that is a little ahead in time (a file's stat may be older
 * when its callback runs: whoever opens it must check it is the same
 * inode, as share_open_file_ex() does).
 */
#ifndef EVIDENCED_WALKAHEAD_H
#define EVIDENCED_WALKAHEAD_H

#include <stdbool.h>
#include <stddef.h>

#include "evidenced/walker.h"

#define WALKAHEAD_DEFAULT 2048  /* entries queued ahead at most */

/* The walk thread asks the disk for the first WALKAHEAD_PREFETCH_BYTES
 * of each file it finds (share_prefetch()): for a walk whose files will
 * all be read (a first scan), so that on a cold cache their reads start
 * as far ahead as the queue is long, not a few files ahead. */
#define WALKAHEAD_PREFETCH 0x1
#define WALKAHEAD_PREFETCH_BYTES (16 << 10)

/* WALKAHEAD_PREFETCH, and the walk thread keeps the file open for the
 * caller (walk_entry.fd, as share_open_file_ex() with SHARE_OPEN_NONBLOCK
 * opens it): the caller's thread, which judges every file, then spends
 * no open, stat and close on it.  A file the walk thread could not open
 * comes with fd -1 (the caller opens it, and gets the errors, itself).
 * The files queued ahead are held open: the queue is then held to what
 * RLIMIT_NOFILE leaves room for. */
#define WALKAHEAD_OPEN 0x2

/*
 * With WALKAHEAD_OPEN, who else may start the reads: the walk thread
 * then asks the disk for nothing itself, and passes the descriptors of
 * the files it opened, at most WALKAHEAD_HINT_MAX at a time, to fn(fds,
 * relpaths, n, ctx), in the walk thread, before the caller is given them
 * (relpaths[i] the share-relative name of fds[i], valid during the
 * call: what a file is called says how much of it will be read; fn must
 * not keep or close them: pool_prefetch() sends copies to the workers,
 * which pay for the reads' submission instead of the parent).  fn
 * returns 0, or non-zero when it could not take them: the walk thread
 * then asks the disk for them itself, as without a hint.  A chunk's
 * files go when the chunk is full, still ahead of the caller by the
 * whole queue.
 */
#define WALKAHEAD_HINT_MAX 16

struct walkahead_hint {
	int (*fn)(const int *fds, const char *const *relpaths, size_t n,
	    void *ctx);
	void *ctx;
};

/*
 * walk_tree_at(rootfd, root, subdir, cb) with the walk in a thread.
 * cb->file and cb->problem run in the calling thread with cb->ctx.
 * cb->descend is not used: descend (NULL: descend everywhere) decides in
 * the walk thread instead, so it must touch only dctx, which the walk
 * thread owns until walk_tree_ahead() returns, and what nobody changes
 * meanwhile (an immutable ruleset).  ahead: entries queued at most
 * (0: WALKAHEAD_DEFAULT; 1 makes the two threads take turns, for tests).
 * flags: WALKAHEAD_*; hint: NULL, or as above.  cb->file owns an entry's
 * fd (walker.h).  rootfd must stay open until the return.  Returns as
 * walk_tree_at(): 0, cb->file's non-zero value (the walk stops: nothing is reported after
 * it), or a negative errno.  When no thread can be started, the walk runs
 * in the calling thread, descend included.
 */
int walk_tree_ahead(int rootfd, const char *root, const char *subdir,
    const struct walk_callbacks *cb,
    bool (*descend)(const char *relpath, void *dctx), void *dctx,
    size_t ahead, unsigned flags, const struct walkahead_hint *hint);

#endif
