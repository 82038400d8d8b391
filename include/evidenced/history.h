/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * history.h - `evidencectl history`: the settled state changes of
 * clauses and items, read back from the daemon's alerts.jsonl (alerts.h:
 * one line per transition that outlived the grace period, with its time,
 * states, cause and files).
 */
#ifndef EVIDENCED_HISTORY_H
#define EVIDENCED_HISTORY_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "evidenced/report.h"

struct history_query {
	const char *id;         /* clause "36" or "36/sla"; NULL: all */
	time_t since;           /* 0: from the start */
	bool json;              /* JSON lines as stored, else a table */
	enum report_lang lang;
};

/*
 * Print the changes of path (an alerts.jsonl) that q selects to out,
 * oldest first.  Lines that are not alert objects (a torn last line, a
 * hand edit) are skipped and counted in *skipped (may be NULL).  How
 * many were printed, or a negative errno (-ENOENT: no history yet) with
 * err set.
 */
int history_print(const char *path, const struct history_query *q,
    FILE *out, size_t *skipped, char *err, size_t errlen);

#endif
