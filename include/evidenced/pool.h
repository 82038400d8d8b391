/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * pool.h - the parent's side of the extraction workers: N sandboxed
 * evidenced-worker processes, fed asynchronously.
 *
 * The caller opens each file beneath the share root and submits the
 * descriptor; results come back in completion order as rule-free facts
 * (checked with facts_decode), which the caller judges.  A worker that
 * crashes, passes the hard time limit (max_seconds + a margin: SIGKILL)
 * or runs out of memory is replaced, and only the file it was reading is
 * marked, "unreadable" with the reason; requests queued behind it go to
 * the replacement.  Workers are recycled after recycle_after files.
 *
 * Workers are found at, in order: pool_options.worker_path,
 * $EVIDENCED_WORKER, evidenced-worker next to the running program (the
 * build tree), LIBEXECDIR/evidenced-worker.  Started as root they run as
 * the service user (pool_options.user, default "evidenced"; nobody when
 * that user does not exist, never root).
 */
#ifndef EVIDENCED_POOL_H
#define EVIDENCED_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "evidenced/extract.h"
#include "evidenced/facts.h"

struct scanner;
struct file_record;

#define POOL_RECYCLE_DEFAULT 20000      /* files per worker life */
#define POOL_MARGIN_MS_DEFAULT 2000     /* past max_seconds: SIGKILL */

struct pool_options {
	unsigned workers;               /* 0: the number of CPUs */
	unsigned recycle_after;         /* 0: POOL_RECYCLE_DEFAULT */
	unsigned margin_ms;             /* 0: POOL_MARGIN_MS_DEFAULT */
	struct extract_limits limits;
	const char *worker_path;        /* NULL: looked up, see above */
	const char *user;               /* NULL: SANDBOX_DEFAULT_USER */
};

struct pool;

/* Start the workers and wait until each is sandboxed.  0 and *out, or a
 * negative errno (-ENOENT: no worker program). */
int pool_new(const struct pool_options *o, struct pool **out);
void pool_free(struct pool *p);

/* The number of workers, and the pid of worker i (for tests). */
unsigned pool_size(const struct pool *p);
pid_t pool_worker_pid(const struct pool *p, unsigned i);

/* The limits the workers run with. */
const struct extract_limits *pool_limits(const struct pool *p);

/*
 * Queue the file open at fd (taken: closed when its result is in) whose
 * stat is st and share-relative name relpath; flags are WORKER_REQ_*
 * (and WORKER_TEST_* for a worker built for tests).  tag comes back with
 * the result.  Blocks while every worker is busy, collecting results.
 * 0 or a negative errno (-ENOMEM, -ENAMETOOLONG; fd is closed then too).
 */
int pool_submit(struct pool *p, int fd, const struct stat *st,
    const char *relpath, unsigned flags, void *tag);

/*
 * The next finished file: 1 with *facts (caller frees) and *tag; 0 when
 * none is finished (wait false) or none is left at all (wait true); or a
 * negative errno (-ENOMEM; -ECHILD when workers cannot be started).
 */
int pool_next(struct pool *p, bool wait, struct file_facts **facts,
    void **tag);

/*
 * Ask the workers to start reading the n (1 .. WORKER_BATCH_MAX) files
 * open at fds (not taken: the caller's copies stay open) from the disk,
 * hint[i] (WORKER_HINT_*) saying how much of fds[i]: the first 64 KiB, or
 * only the bytes type detection reads of an image (worker.h); as a file's
 * first reader would, ahead of their requests: a first scan's walk finds
 * files thousands ahead of the ones in flight, and this is how their reads
 * start that early without the parent, which judges every file, paying for
 * each read's submission (about 40% of its walk thread on a cold cache).
 * Each worker has a thread that takes hints as they come
 * (POSIX_FADV_WILLNEED, then closes its copies): whichever is free takes
 * the next message.  Best effort, never blocks, and safe from another
 * thread than the pool's (the walk thread): it touches only a socket that
 * lives as long as the pool.  0, or a negative errno (the hints were not
 * sent: -EAGAIN the queue is full, -ENOTCONN the pool has no hints
 * channel): the caller then reads ahead itself.
 */
int pool_prefetch(struct pool *p, const int *fds, const uint8_t *hint,
    size_t n);

/* Files submitted and not yet returned by pool_next(). */
size_t pool_pending(const struct pool *p);

/*
 * scanner_scan_file() through the pool: open relpath beneath rootfd,
 * parse it in a worker (an ignored file is never parsed) and judge the
 * facts in this process with sc.  The pool must be idle.  Same returns
 * as scanner_scan_file().
 */
int pool_scan_file(struct pool *p, struct scanner *sc, int rootfd,
    const char *relpath, unsigned flags, struct file_record **out);

#endif
