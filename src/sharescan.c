/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * sharescan.c - the one-shot walk: walker -> scanner -> evidence index.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/sharescan.h"
#include "evidenced/walker.h"

struct sharescan_ctx {
	const struct ruleset *rs;
	struct scanner *sc;
	struct evindex *idx;
	struct sharescan_stats *stats;
	struct progress *prog;
	int rootfd;
};

static void
record_problem(struct sharescan_ctx *x, const char *raw, const char *what)
{
	char *path = NULL;
	enum pathname_decoding how;

	if (pathname_to_utf8(raw, &path, &how) < 0)
		return;
	log_warnx("%s: %s", path, what);
	evindex_set_problem(x->idx, path, what);
	x->stats->problems++;
	free(path);
}

static bool
on_descend(const char *relpath, void *ctx)
{
	struct sharescan_ctx *x = ctx;

	/* A recycle bin may hold thousands of files: never walk into it. */
	return !scanner_ignores(x->sc, relpath);
}

static void
on_problem(const char *relpath, int err, const char *what, void *ctx)
{
	char buf[256];

	if (err != 0)
		snprintf(buf, sizeof(buf), "%s: %s", what, strerror(err));
	else
		snprintf(buf, sizeof(buf), "%s", what);
	record_problem(ctx, relpath, buf);
}

static int
on_file(const struct walk_entry *e, void *ctx)
{
	struct sharescan_ctx *x = ctx;
	struct file_record *rec = NULL;
	char buf[256];
	int rc;

	x->stats->files++;
	progress_file(x->prog, e->relpath);
	rc = scanner_scan_file(x->sc, x->rootfd, e->relpath, &rec);
	if (rc == -ENOMEM)
		return rc;
	if (rc < 0) {
		snprintf(buf, sizeof(buf), "cannot open: %s", strerror(-rc));
		record_problem(x, e->relpath, buf);
		return 0;
	}
	if (rec->ignored_by != NULL) {
		x->stats->ignored++;
		file_record_free(rec);
		return 0;
	}
	if (rec->name_decoding != PATHNAME_UTF8)
		log_info("%s: file name is not UTF-8 (%s)", rec->path,
		    rec->name_decoding == PATHNAME_GB18030 ?
		    "decoded as GB18030" : "undecodable bytes escaped");
	if (rec->text_extracted && rec->text_status != EXTRACT_OK) {
		x->stats->unreadable++;
		log_warnx("%s: unreadable: %s", rec->path, rec->text_reason);
	}
	x->stats->indexed++;
	return evindex_put(x->idx, rec);
}

int
sharescan_run(const char *root, const struct ruleset *rs, struct scanner *sc,
    struct evindex *idx, struct sharescan_stats *stats)
{
	return sharescan_run_progress(root, rs, sc, idx, stats, NULL);
}

int
sharescan_run_progress(const char *root, const struct ruleset *rs,
    struct scanner *sc, struct evindex *idx, struct sharescan_stats *stats,
    struct progress *prog)
{
	struct sharescan_ctx x;
	struct walk_callbacks cb;
	int rc;

	memset(stats, 0, sizeof(*stats));
	memset(&x, 0, sizeof(x));
	x.rs = rs;
	x.sc = sc;
	x.idx = idx;
	x.stats = stats;
	x.prog = prog;
	x.rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (x.rootfd < 0)
		return -errno;
	memset(&cb, 0, sizeof(cb));
	cb.file = on_file;
	cb.descend = on_descend;
	cb.problem = on_problem;
	cb.ctx = &x;
	progress_count(prog, root, on_descend, &x);
	rc = walk_tree(root, &cb);
	close(x.rootfd);
	return rc;
}
