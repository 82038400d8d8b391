/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * walker.h - walk a share safely, and open files on it safely.
 *
 * The walker never follows a symlink out of the share root, never opens a
 * FIFO, socket or device, and never loops on a symlink cycle (directories
 * are tracked by dev/inode along the current path).  Problems (unreadable
 * directory, FIFO, symlink escaping the root, loop) are reported through
 * a callback once each, and the walk goes on.
 */
#ifndef EVIDENCED_WALKER_H
#define EVIDENCED_WALKER_H

#include <stdbool.h>
#include <sys/stat.h>

struct walk_entry {
	const char *relpath;    /* raw bytes, relative to the root, no "./" */
	const char *name;       /* base name (points into relpath) */
	struct stat st;         /* of the file (symlinks resolved) */
	/* -1, or the file open for reading with O_NONBLOCK (a walk that
	 * opens: WALK_OPEN_FILES, walkahead.h's WALKAHEAD_OPEN), beneath
	 * the root and checked to be st's inode, fst its fstat: the file
	 * callback owns it (closes it or passes it on). */
	int fd;
	struct stat fst;
};

struct walk_callbacks {
	/* Called for every regular file.  Non-zero stops the walk and is
	 * returned by walk_tree(). */
	int (*file)(const struct walk_entry *e, void *ctx);
	/* Return false to skip a directory (e.g. ignored .recycle).  NULL:
	 * descend everywhere. */
	bool (*descend)(const char *relpath, void *ctx);
	/* A problem with relpath; err is a positive errno or 0, what is a
	 * short description ("not a regular file (FIFO)", "symlink leaves
	 * the share", "symlink loop", "cannot open directory"). */
	void (*problem)(const char *relpath, int err, const char *what,
	    void *ctx);
	void *ctx;
	unsigned flags;         /* WALK_* */
};

/* Report regular files open (walk_entry.fd) where that is cheap: a name
 * the directory says is a regular file is opened in its directory and
 * fstat'ed, instead of stat'ed (any other, and one that does not open,
 * comes with fd -1). */
#define WALK_OPEN_FILES 0x1

/* Walk root; 0, a callback's non-zero value, or a negative errno when
 * the root itself cannot be opened. */
int walk_tree(const char *root, const struct walk_callbacks *cb);

/*
 * Walk the directory subdir ("" = everything) beneath the open share root
 * rootfd, reporting paths relative to the root: what the daemon does when
 * a directory is created or moved into the share.  root is the root's
 * path, for messages.  subdir is opened beneath the root like a file
 * (share_open_file's rules).  Returns as walk_tree().
 */
int walk_tree_at(int rootfd, const char *root, const char *subdir,
    const struct walk_callbacks *cb);

/*
 * Open the regular file relpath beneath rootfd for reading without ever
 * leaving the root (openat2 RESOLVE_BENEATH, or a per-component
 * O_NOFOLLOW fallback) and without blocking on a FIFO.  0 with *fd and
 * *st set, or a negative errno (-ELOOP, -EXDEV for an escape, -EINVAL for
 * a non-regular file, ...).
 */
int share_open_file(int rootfd, const char *relpath, int *fd,
    struct stat *st);

/* share_open_file_ex(): leave O_NONBLOCK set on the descriptor (a system
 * call less); whoever reads it clears it (the extraction worker does). */
#define SHARE_OPEN_NONBLOCK 0x1

/*
 * share_open_file() for a name the caller has just stat'ed: seen (NULL:
 * none), the walk's stat of relpath, saying "a regular file", spares the
 * look before the open.  The open still stays beneath the root and must
 * find seen's inode; when it does not (renamed, swapped for a FIFO or a
 * link since), the file takes share_open_file()'s careful way, with its
 * answers.  flags: SHARE_OPEN_*.
 */
int share_open_file_ex(int rootfd, const char *relpath,
    const struct stat *seen, unsigned flags, int *fd, struct stat *st);

/*
 * Ask the disk now for the first bytes of the file relpath beneath rootfd
 * (posix_fadvise WILLNEED), for whoever reads it soon: a walk running
 * ahead of the readers.  Opened as share_open_file() opens (never leaving
 * the root, never blocking on a FIFO), never read; errors are ignored.
 */
void share_prefetch(int rootfd, const char *relpath, off_t bytes);

#endif
