/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * sharescan.h - scan a whole share into an evidence index: the walker
 * feeds every regular file to the scanner, skips ignored directories
 * (recycle bins) without descending, and records each problem once.
 */
#ifndef EVIDENCED_SHARESCAN_H
#define EVIDENCED_SHARESCAN_H

#include <stddef.h>

#include "evidenced/evindex.h"
#include "evidenced/progress.h"
#include "evidenced/scanner.h"

struct sharescan_stats {
	size_t files;           /* regular files seen */
	size_t indexed;         /* put into the index */
	size_t ignored;         /* matched [ignore] */
	size_t problems;        /* walker or open problems */
	size_t unreadable;      /* extraction failed */
};

/*
 * Walk root and put a record per file into idx.  0, or a negative errno
 * when root cannot be opened.  Problems with single files are recorded in
 * idx (and logged once) and never stop the scan.
 */
int sharescan_run(const char *root, const struct ruleset *rs,
    struct scanner *sc, struct evindex *idx, struct sharescan_stats *stats);
/* The same, showing progress on prog (NULL: none). */
int sharescan_run_progress(const char *root, const struct ruleset *rs,
    struct scanner *sc, struct evindex *idx, struct sharescan_stats *stats,
    struct progress *prog);

#endif
