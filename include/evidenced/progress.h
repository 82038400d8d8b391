/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * progress.h - one line of progress on a terminal for long work (a scan
 * of a 100,000-file share takes minutes): files seen, files per second,
 * the current folder, and the time left once a first walk has counted the
 * files.
 *
 * The caller decides whether to show progress (a terminal, not --quiet)
 * and passes NULL otherwise: every function accepts NULL and then does
 * nothing, so the code that reports progress needs no conditions.
 */
#ifndef EVIDENCED_PROGRESS_H
#define EVIDENCED_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

struct progress;

/* A display on the terminal fd (stderr).  NULL on ENOMEM. */
struct progress *progress_new(int fd);
/* The same with another clock (seconds, monotonic): for tests. */
struct progress *progress_new_with_clock(int fd, double (*now)(void *ctx),
    void *ctx);
/* Clears the line if one was drawn, and frees. */
void progress_free(struct progress *p);

/*
 * Count the regular files beneath root first (a walk without reading any
 * file: a few percent of a scan), showing the count as it grows, so that
 * the scan can show the time left.  descend, if not NULL, is asked like
 * the walker's (ignored folders are not counted).  Failure is not an
 * error: the scan then shows no estimate.
 */
void progress_count(struct progress *p, const char *root,
    bool (*descend)(const char *relpath, void *ctx), void *ctx);

/* One more file seen; relpath (raw bytes, relative to the share) names
 * the current folder.  Redraws at most ten times a second. */
void progress_file(struct progress *p, const char *relpath);

/* Erase the line (before other output); the next file redraws it. */
void progress_clear(struct progress *p);

/* What the line says now, without terminal control characters (tests). */
int progress_describe(struct progress *p, char *buf, size_t size);

#endif
