/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evidencectl.c - the command line: scan a share once, lint rules, and
 * read the status document the daemon keeps (status, show, missing),
 * explain why one file counts, print the text the matcher sees.
 *
 * Everything that decides is in the library; this file parses options,
 * calls it and prints.  It is the only place besides evidenced's main()
 * that exits.  The terminal views of the status document are in
 * ctl_render.c, explain and text in ctl_explain.c; ctl.h is what they
 * share with this file (options, exit codes).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/alerts.h"
#include "evidenced/config.h"
#include "evidenced/dates.h"
#include "evidenced/engine.h"
#include "evidenced/evindex.h"
#include "evidenced/history.h"
#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/paths.h"
#include "evidenced/pool.h"
#include "evidenced/progress.h"
#include "evidenced/report.h"
#include "evidenced/rules.h"
#include "evidenced/scanner.h"
#include "evidenced/status.h"
#include "evidenced/verdict.h"
#include "evidenced/worker.h"
#include "ctl.h"

#ifndef EVIDENCED_VERSION
#define EVIDENCED_VERSION "0.1.0"
#endif
#ifndef DEFAULT_RULES
#define DEFAULT_RULES "/usr/share/evidenced/rules"
#endif
#ifndef DEFAULT_SITE_RULES
#define DEFAULT_SITE_RULES "/etc/evidenced/rules.d"
#endif
#ifndef DEFAULT_CONFIG
#define DEFAULT_CONFIG "/etc/evidenced/evidenced.conf"
#endif
#ifndef DEFAULT_PID_FILE
#define DEFAULT_PID_FILE "/run/evidenced/evidenced.pid"
#endif
#ifndef DEFAULT_STATE_DIR
#define DEFAULT_STATE_DIR "/var/lib/evidenced"
#endif
#ifndef DEFAULT_STATUS
#define DEFAULT_STATUS "/var/lib/evidenced/status.json"
#endif
#ifndef SOURCE_DIR
#define SOURCE_DIR ""           /* the tree the binary was built in */
#endif
#define DEFAULT_LEVEL 2
/* A status document older than this is read with a warning: the timer
 * rescans every 15 minutes, the daemon continuously. */
#define STATUS_STALE_SECONDS (24 * 3600)

static const char usage_text[] =
"Usage: evidencectl [OPTIONS] COMMAND [ARGS]\n"
"\n"
"Check certification evidence on a file share against the CCRC\n"
"self-assessment rules, and read the status that evidenced keeps.\n"
"\n"
"Commands:\n"
"  scan [DIR]        walk DIR (default: the configured share) once,\n"
"                    classify every file, print the status\n"
"                    table (or the status document with --json);\n"
"                    writes the status document when DIR is the\n"
"                    configured share or with --status, --output or\n"
"                    $EVIDENCED_STATUS; progress on a terminal\n"
"  lint [PATH...]    compile rules and report every error as\n"
"                    file:line: message; the first PATH is the pack, the\n"
"                    others drop-ins (default: the configured rules)\n"
"  status            coverage per phase and the clauses not covered\n"
"  show ID           one clause: text, proof asked for, items, files\n"
"  missing           applicable clauses not covered, with what is missing\n"
"  explain FILE      classify FILE now: every item it matched or nearly\n"
"                    matched, and why\n"
"  reload            evidenced: reload the configuration and rules\n"
"                    (SIGHUP through [daemon] pid_file)\n"
"  rescan            evidenced: rescan the whole share (SIGUSR1)\n"
"  text FILE         print the text the matcher sees (--raw: before\n"
"                    normalisation), like pdftotext FILE -\n"
"  report            the filled-in 自评估表 from the status, --format md,\n"
"                    csv (UTF-8 with BOM), html (one printable page), xlsx\n"
"  check             Nagios/Icinga plugin: one line with perfdata; exit\n"
"                    0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
"  history [ID]      every state change of every clause and item that\n"
"                    evidenced recorded (clause ID, its items too, or\n"
"                    ID/ITEM), oldest first, with its cause and files;\n"
"                    --since DATE, --json (one object a line)\n"
"\n"
"Options:\n"
"  -c, --config FILE   configuration file (default " DEFAULT_CONFIG "\n"
"                      when it exists, or $EVIDENCED_CONFIG): [scan] share,\n"
"                      level, rules, site_rules, status; [limits] of text\n"
"                      extraction.  Options given here win over it.\n"
"  -s, --status FILE   status document to read, and for scan to write\n"
"                      (default: $EVIDENCED_STATUS, else status = in\n"
"                      the configuration, else " DEFAULT_STATUS ")\n"
"  -r, --rules PATH    rule pack, file or directory (default\n"
"                      " DEFAULT_RULES ";\n"
"                      run from its build tree: that tree's rules/)\n"
"  -d, --site-rules DIR  site drop-in directory, may repeat (default\n"
"                      " DEFAULT_SITE_RULES " when it exists)\n"
"      --no-site-rules   do not read any drop-in directory\n"
"  -l, --level N       applicant level: 1 (一级), 2 (二级), 3 (三级);\n"
"                      default 2\n"
"      --share DIR     share root for explain and text, since folder\n"
"                      names count (default: the status document's share,\n"
"                      else the working directory, else the file's own)\n"
"  -o, --output FILE   scan: write the status document to FILE\n"
"                      (atomically) instead of the status path;\n"
"                      report: write the form to FILE (atomically)\n"
"      --format F      report: md, csv, html or xlsx\n"
"      --share-url URL report --format html: base of the file links\n"
"                      (e.g. file://fileserver/资质材料/)\n"
"      --max-age D     check: UNKNOWN when the status is older than D\n"
"                      (900, 15m, 2h, 1d)\n"
"      --since DATE    history: changes from DATE on (2026-11-01,\n"
"                      2026-11-01T10:00, 2026-11-01T08:00:00Z) or from\n"
"                      so long ago (7d, 12h, 30m, 2w)\n"
"      --lang zh|en    language of status, show, missing, history and\n"
"                      scan (default zh; en when the locale is C, POSIX\n"
"                      or English)\n"
"      --fail-uncovered  scan: exit 1 when an applicable clause is not\n"
"                      covered\n"
"      --state-dir DIR   scan: keep what was read in DIR and read again\n"
"                      only the files changed since the last scan;\n"
"                      history: the daemon's state directory\n"
"  -j, --json          machine-readable output (every read command)\n"
"      --raw           text: print the text before normalisation\n"
"      --sections      text: print each section (heading, sheet, column)\n"
"                      with its text\n"
"      --color[=WHEN], --colour[=WHEN]\n"
"                      auto (default: on a terminal, unless TERM=dumb\n"
"                      or NO_COLOR is set and not empty), always, never;\n"
"                      --color WHEN works too\n"
"  -v, --verbose       more log output (repeat for debug)\n"
"  -q, --quiet         only errors: no warnings, no progress\n"
"  -h, --help          this help\n"
"  -V, --version       print the version\n"
"\n"
"Exit status:\n"
"  0  success; for status, missing and scan --fail-uncovered: every\n"
"     applicable clause is covered\n"
"  1  some applicable clause is partial, missing or stale\n"
"  2  usage error, rule errors (lint), unreadable status document\n"
"  3  runtime error (share not readable, out of memory); text, explain:\n"
"     FILE not opened beneath the share (a link out is refused); text:\n"
"     the text could not be read completely (what was read is printed)\n"
"  check: the Nagios plugin codes 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
"\n"
"Examples:\n"
"  evidencectl scan /srv/samba/资质材料 --level 2\n"
"  evidencectl scan /srv/samba/资质材料 --json > status.json\n"
"  evidencectl lint\n"
"  evidencectl lint /usr/share/evidenced/rules /etc/evidenced/rules.d\n"
"  evidencectl status\n"
"  evidencectl show 35\n"
"  evidencectl missing --json | jq '.[].id'\n"
"  evidencectl explain /srv/samba/资质材料/SLA/服务级别协议-2026.docx\n"
"  evidencectl text 附件3.pdf | grep 服务级别\n"
"  evidencectl report --format xlsx -o 自评估表.xlsx\n"
"  evidencectl check --max-age 1h\n"
"\n"
"Environment:\n"
"  EVIDENCED_CONFIG       default for --config\n"
"  EVIDENCED_STATUS       default for --status\n"
"  EVIDENCED_HELPER_PATH  where to look for catdoc, xls2csv, catppt and\n"
"                         antiword before $PATH (legacy .doc/.xls/.ppt)\n"
"  EVIDENCED_NO_JIT=1     match without the pcre2 JIT (for valgrind)\n"
"  NO_COLOR               when not empty: no colour even on a terminal\n"
"  TERM                   dumb: no colour\n"
"\n"
"Files:\n"
"  " DEFAULT_CONFIG "  configuration (see README.md)\n"
"  " DEFAULT_RULES "/*.rules   the shipped rule pack\n"
"  " DEFAULT_SITE_RULES "/*.rules  site additions and overrides\n"
"  " DEFAULT_STATUS "  status document kept by evidenced\n"
"                 (read with a warning when older than a day)\n";

static void
usage(FILE *f)
{
	fputs(usage_text, f);
}

/* A command failed: "evidencectl: what: strerror(errno)".  Warnings about
 * single files go through log_warn(); this is for what ends a command. */
void
ctl_error(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	fputs("evidencectl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ": %s\n", strerror(saved));
	errno = saved;
}

/* --lang, else the locale; false (after a message) for a bad --lang. */
static bool
pick_lang(const struct options *o, enum report_lang *l)
{
	if (report_lang_pick(o->lang, l) < 0) {
		fprintf(stderr, "evidencectl: --lang must be zh or en\n");
		return false;
	}
	return true;
}

/* ---- rules ---------------------------------------------------------- */

static void
print_diag(void *ctx, bool error, const char *msg)
{
	size_t *errors = ctx;

	fprintf(stderr, "%s\n", msg);
	if (error)
		(*errors)++;
}

/* The site drop-in directories in force: --site-rules, the configured
 * one, or the default one when it exists. */
static size_t
site_dirs(const struct options *o, const char **dirs)
{
	struct stat st;
	size_t i, n = 0;

	for (i = 0; i < o->n_site; i++)
		dirs[n++] = o->site[i];
	if (n == 0 && !o->no_site && stat(DEFAULT_SITE_RULES, &st) == 0)
		dirs[n++] = DEFAULT_SITE_RULES;
	return n;
}

static void
rules_failed(int err, size_t errors)
{
	if (err == -EINVAL)
		fprintf(stderr, "evidencectl: %zu error%s in rules\n", errors,
		    errors == 1 ? "" : "s");
	else if (err < 0)
		fprintf(stderr, "evidencectl: rules: %s\n", strerror(-err));
}

int
ctl_compile_rules(const struct options *o, const char *const *paths,
    size_t npaths, struct ruleset **out)
{
	const char *site[MAX_SITE_DIRS + 1];
	size_t errors = 0;
	int err;

	if (npaths > 0)
		err = engine_compile_rules(paths[0], paths + 1, npaths - 1,
		    print_diag, &errors, out);
	else
		err = engine_compile_rules(o->rules, site, site_dirs(o, site),
		    print_diag, &errors, out);
	rules_failed(err, errors);
	return err;
}

static int
cmd_lint(const struct options *o, int argc, char **argv)
{
	struct ruleset *rs = NULL;
	size_t items = 0, i;

	const char *pack = argc > 0 ? argv[0] : o->rules;
	size_t no_kinds = 0, j, plen = strlen(pack);

	if (ctl_compile_rules(o, (const char *const *)argv, (size_t)argc,
	    &rs) < 0)
		return EXIT_USAGE;
	/* The shipped pack says which kinds of document prove every item:
	 * without it a procedure proves a record item.  A drop-in's new
	 * item may leave it out (it then accepts any kind). */
	for (i = 0; i < rs->n_clauses; i++) {
		for (j = 0; j < rs->clauses[i].n_items; j++) {
			const struct rule_item *it = &rs->clauses[i].items[j];

			/* In the pack: the pack file itself or a file of the
			 * pack directory (not of "rules.d" beside "rules"). */
			if (it->kinds != 0 || strncmp(it->file, pack, plen) != 0 ||
			    (it->file[plen] != '\0' && it->file[plen] != '/'))
				continue;
			fprintf(stderr, "%s:%d: item %s/%s has no 'kinds': say "
			    "which kinds of document prove it (procedure, plan, "
			    "record, agreement, inventory, notice)\n", it->file,
			    it->line, rs->clauses[i].id, it->id);
			no_kinds++;
		}
		items += rs->clauses[i].n_items;
	}
	if (no_kinds > 0) {
		ruleset_free(rs);
		return EXIT_USAGE;
	}
	printf("rules ok: %zu clauses, %zu evidence items, %zu ignore "
	    "patterns, %zu files\n", rs->n_clauses, items, rs->ignore.n,
	    rs->n_files);
	ruleset_free(rs);
	return EXIT_OK;
}

/* ---- scan ------------------------------------------------------------ */

static int
build_status(const struct options *o, const char *dir,
    struct json_object **doc, bool *empty)
{
	const char *site[MAX_SITE_DIRS + 1];
	struct engine_options eo;
	struct engine_stats stats;
	struct engine *e = NULL;
	char root[PATH_MAX];
	size_t errors = 0;
	int rc, ret = EXIT_RUNTIME;

	if (realpath(dir, root) == NULL) {
		ctl_error("%s", dir);
		return EXIT_RUNTIME;
	}
	memset(&eo, 0, sizeof(eo));
	eo.share = root;
	eo.rules = o->rules;
	eo.site_rules = site;
	eo.n_site_rules = site_dirs(o, site);
	eo.level = o->level;
	eo.limits = o->cfg.limits;
	eo.state_dir = o->state_dir;
	eo.workers = o->cfg.workers;
	eo.worker_user = o->cfg.worker_user;
	rc = engine_new(&eo, print_diag, &errors, &e);
	if (rc < 0) {
		rules_failed(rc, errors);
		return rc == -EINVAL ? EXIT_USAGE : EXIT_RUNTIME;
	}
	engine_set_progress(e, o->progress);
	rc = engine_rescan(e, &stats);
	progress_clear(o->progress);
	if (rc < 0 && !engine_share_unavailable(e)) {
		errno = -rc;
		ctl_error("cannot scan %s", root);
		goto done;
	}
	log_info("%zu files: %zu read, %zu ignored, %zu problems, %zu "
	    "unreadable", stats.files, stats.scanned, stats.ignored,
	    stats.problems, stats.unreadable);
	*empty = stats.entries == 0;
	if (engine_status(e, time(NULL), doc) < 0) {
		errno = ENOMEM;
		ctl_error("scan");
		goto done;
	}
	ret = EXIT_OK;
done:
	engine_free(e);
	return ret;
}

static bool
doc_uncovered(struct json_object *doc)
{
	struct json_object *clauses = ctl_jarr(doc, "clauses");
	size_t i;

	for (i = 0; i < ctl_jlen(clauses); i++) {
		enum clause_state st =
		    ctl_jstate(json_object_array_get_idx(clauses, i));

		if (st != CLAUSE_COVERED && st != CLAUSE_NOT_APPLICABLE)
			return true;
	}
	return false;
}

/*
 * The share was empty: if path holds a status with files, mark it
 * share_unavailable and keep it.  True when it was kept.
 */
static bool
keep_previous(const struct options *o, const char *path)
{
	struct json_object *old = NULL, *n;
	char err[512];
	int rc;

	if (status_load(path, &old, err, sizeof(err)) < 0)
		return false;
	if (!json_object_object_get_ex(old, "files_indexed", &n) ||
	    json_object_get_int64(n) <= 0) {
		json_object_put(old);
		return false;
	}
	json_object_object_add(old, "share_unavailable",
	    json_object_new_boolean(1));
	rc = status_write(old, path, o->cfg.status_mode, o->cfg.status_gid);
	json_object_put(old);
	fprintf(stderr, "evidencectl: the share is empty (not mounted?): "
	    "%s keeps the last known state, marked share_unavailable%s\n",
	    path, rc < 0 ? " (could not mark it)" : "");
	return true;
}

/* True when a and b name the same existing directory. */
static bool
same_dir(const char *a, const char *b)
{
	struct stat sa, sb;

	return a != NULL && b != NULL && stat(a, &sa) == 0 &&
	    stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	    sa.st_ino == sb.st_ino;
}

static int
cmd_scan(const struct options *o, int argc, char **argv)
{
	struct json_object *doc = NULL;
	struct colors c = ctl_colors_for(o->color);
	bool empty = false;
	const char *out = o->output;
	enum report_lang l;
	int ret, rc;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if (argc > 1 || (argc == 0 && o->share == NULL)) {
		fprintf(stderr, "evidencectl: scan needs one directory, or "
		    "share = in [scan] of %s\n", o->config_path != NULL ?
		    o->config_path : DEFAULT_CONFIG);
		return EXIT_USAGE;
	}
	ret = build_status(o, argc == 1 ? argv[0] : o->share, &doc, &empty);
	if (ret != EXIT_OK)
		return ret;
	/* The document status/show/missing read is written for the
	 * configured share, or when named; a scan of another directory only
	 * prints (README "Where the status document lives"). */
	if (out == NULL && (o->status_chosen || argc == 0 ||
	    same_dir(argv[0], o->share)))
		out = o->status_path;
	/* An empty share root is an unmounted share far more often than a
	 * company that deleted all its evidence: never let it replace a
	 * good status with 71 missing clauses. */
	if (empty && out != NULL && keep_previous(o, out)) {
		json_object_put(doc);
		return EXIT_RUNTIME;
	}
	if (o->json)
		ctl_print_json(doc);
	else
		ctl_render_status(doc, &c, l);
	if (out != NULL && (rc = status_write(doc, out, o->cfg.status_mode,
	    o->cfg.status_gid)) < 0) {
		errno = -rc;
		ctl_error("cannot write the status document %s", out);
		json_object_put(doc);
		return EXIT_RUNTIME;
	}
	if (out != NULL)
		log_info("status document written to %s", out);
	if (o->fail_uncovered && doc_uncovered(doc))
		ret = EXIT_UNCOVERED;
	json_object_put(doc);
	return ret;
}

/* ---- read commands ------------------------------------------------- */

static int
load_doc(const struct options *o, struct json_object **doc)
{
	struct json_object *dm, *pid;
	char err[512];
	time_t at, now = time(NULL);
	int rc;

	if ((rc = status_load(o->status_path, doc, err, sizeof(err))) < 0) {
		fprintf(stderr, "evidencectl: %s\n", err);
		if (rc == -ENOENT)
			fprintf(stderr, "evidencectl: no scan has written it "
			    "yet: evidencectl scan (of the configured share), "
			    "or --status FILE\n");
		return EXIT_USAGE;
	}
	/* A daemon that kept this status and is gone: say so, the share
	 * may have changed since. */
	if (json_object_object_get_ex(*doc, "daemon", &dm) &&
	    json_object_object_get_ex(dm, "pid", &pid) &&
	    kill((pid_t)json_object_get_int64(pid), 0) < 0 && errno == ESRCH)
		log_warnx("evidenced is not running (it was pid %lld): %s is "
		    "from %s and may be out of date (systemctl status "
		    "evidenced)", (long long)json_object_get_int64(pid),
		    o->status_path, ctl_jstr(*doc, "generated_at"));
	/* Old news must not pass for the current state. */
	if (dates_parse_iso(ctl_jstr(*doc, "generated_at"), &at) < 0)
		log_warnx("%s has no valid generated_at: its age is unknown",
		    o->status_path);
	else if (now - at > STATUS_STALE_SECONDS)
		log_warnx("%s is %lld day%s old (generated %s): is the scan "
		    "running? (systemctl status evidenced-scan.timer)",
		    o->status_path, (long long)((now - at) / 86400),
		    (now - at) / 86400 == 1 ? "" : "s",
		    ctl_jstr(*doc, "generated_at"));
	return EXIT_OK;
}

static int
cmd_status(const struct options *o)
{
	struct json_object *doc;
	struct colors c = ctl_colors_for(o->color);
	enum report_lang l;
	int ret;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	if (o->json) {
		ctl_print_json(doc);
		ret = doc_uncovered(doc) ? EXIT_UNCOVERED : EXIT_OK;
	} else
		ret = ctl_render_status(doc, &c, l);
	json_object_put(doc);
	return ret;
}

static int
cmd_show(const struct options *o, int argc, char **argv)
{
	struct json_object *doc, *cl;
	struct colors c = ctl_colors_for(o->color);
	enum report_lang l;
	int ret;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if (argc != 1) {
		fprintf(stderr, "evidencectl: show needs a clause id\n");
		return EXIT_USAGE;
	}
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	cl = ctl_find_clause(doc, argv[0]);
	if (cl == NULL) {
		fprintf(stderr, "evidencectl: no clause %s in %s\n", argv[0],
		    o->status_path);
		json_object_put(doc);
		return EXIT_USAGE;
	}
	if (o->json)
		ctl_print_json(cl);
	else
		ctl_render_clause(cl, &c, l);
	json_object_put(doc);
	return EXIT_OK;
}

static int
cmd_missing(const struct options *o)
{
	struct json_object *doc, *clauses, *out;
	struct colors c = ctl_colors_for(o->color);
	enum report_lang l;
	size_t i, j;
	int ret;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	clauses = ctl_jarr(doc, "clauses");
	out = json_object_new_array();
	for (i = 0; i < ctl_jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		enum clause_state st = ctl_jstate(cl);

		if (st == CLAUSE_COVERED || st == CLAUSE_NOT_APPLICABLE)
			continue;
		json_object_array_add(out, json_object_get(cl));
		if (o->json)
			continue;
		printf("%s", c.on[st]);
		ctl_print_padded(report_state_word(st, l), 8);
		printf("%s %s", c.off, c.bold);
		ctl_print_cell(ctl_jstr(cl, "id"), 4, true);
		printf("%s  %s\n", c.off, ctl_jstr(cl, "text"));
		for (j = 0; j < ctl_jlen(ctl_jarr(cl, "evidence")); j++) {
			struct json_object *it = json_object_array_get_idx(
			    ctl_jarr(cl, "evidence"), j);

			if (strcmp(ctl_jstr(it, "state"), "found") != 0)
				ctl_print_item_lines(it, &c, true, l);
		}
	}
	if (o->json)
		ctl_print_json(out);
	ret = json_object_array_length(out) > 0 ? EXIT_UNCOVERED : EXIT_OK;
	json_object_put(out);
	json_object_put(doc);
	return ret;
}

/* ---- report and check ------------------------------------------- */

static int
cmd_report(const struct options *o, int argc)
{
	struct report_options ro;
	struct json_object *doc;
	char err[512];
	int ret, rc;

	if (argc != 0) {
		fprintf(stderr, "evidencectl: report takes no arguments\n");
		return EXIT_USAGE;
	}
	memset(&ro, 0, sizeof(ro));
	if (o->format == NULL ||
	    report_format_parse(o->format, &ro.format) < 0) {
		fprintf(stderr, "evidencectl: report needs --format md, csv, "
		    "html or xlsx\n");
		return EXIT_USAGE;
	}
	if (ro.format == REPORT_XLSX && o->output == NULL &&
	    isatty(STDOUT_FILENO)) {
		fprintf(stderr, "evidencectl: xlsx is binary: give -o FILE\n");
		return EXIT_USAGE;
	}
	/* Without --level the form is at the level of the status itself. */
	ro.level = o->level_given ? o->level : 0;
	ro.share_url = o->share_url;
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	if (o->output != NULL)
		rc = report_write(doc, &ro, o->output, err, sizeof(err));
	else if ((rc = report_render(doc, &ro, stdout, err,
	    sizeof(err))) == 0 && fflush(stdout) != 0) {
		rc = -EIO;
		snprintf(err, sizeof(err), "stdout: %s", strerror(errno));
	}
	json_object_put(doc);
	if (rc < 0) {
		fprintf(stderr, "evidencectl: report: %s\n", err);
		return rc == -EINVAL ? EXIT_USAGE : EXIT_RUNTIME;
	}
	return EXIT_OK;
}

/*
 * A Nagios/Icinga plugin: one line, exit 0 OK, 1 WARNING, 2 CRITICAL,
 * 3 UNKNOWN (the plugin API's codes, not evidencectl's usual ones).
 */
static int
cmd_check(const struct options *o)
{
	struct json_object *doc;
	char err[512], line[1024];
	long max_age = 0;
	int ret;

	if (o->max_age != NULL &&
	    report_parse_duration(o->max_age, &max_age) < 0) {
		printf("EVIDENCED UNKNOWN - bad --max-age '%s' (e.g. 900, 15m, "
		    "2h, 1d)\n", o->max_age);
		return CHECK_UNKNOWN;
	}
	if (status_load(o->status_path, &doc, err, sizeof(err)) < 0) {
		/* One line, whatever the parser's message holds. */
		for (ret = 0; err[ret] != '\0'; ret++)
			if ((unsigned char)err[ret] < 0x20)
				err[ret] = ' ';
		g_strchomp(err);
		printf("EVIDENCED UNKNOWN - cannot read the status: %s\n", err);
		return CHECK_UNKNOWN;
	}
	ret = (int)report_check(doc, time(NULL), max_age, line, sizeof(line));
	puts(line);
	json_object_put(doc);
	return ret;
}

/*
 * history [ID]: every state change the daemon recorded (history.h), read
 * from history.db in the state directory, read-only.  Exit 0 (even when
 * none match), 2 on bad usage or no readable history.
 */
static int
cmd_history(const struct options *o, int argc, char **argv)
{
	struct history_query q;
	const char *dir;
	char err[512];
	int rc;

	memset(&q, 0, sizeof(q));
	if (argc > 1) {
		fprintf(stderr, "evidencectl: history takes at most one ID\n");
		return EXIT_USAGE;
	}
	q.id = argc == 1 ? argv[0] : NULL;
	q.json = o->json;
	if (o->since != NULL &&
	    history_parse_since(o->since, time(NULL), &q.since) < 0) {
		fprintf(stderr, "evidencectl: --since '%s' is not a date or a "
		    "duration (2026-11-01, 2026-11-01T10:00, 7d, 12h)\n",
		    o->since);
		return EXIT_USAGE;
	}
	if (!pick_lang(o, &q.lang))
		return EXIT_USAGE;
	dir = o->state_dir != NULL ? o->state_dir : o->cfg.state_dir != NULL ?
	    o->cfg.state_dir : DEFAULT_STATE_DIR;
	rc = history_print(dir, &q, stdout, err, sizeof(err));
	if (rc < 0) {
		fprintf(stderr, "evidencectl: %s\n", err);
		return EXIT_USAGE;
	}
	if (rc == 0 && !q.json)
		puts(q.lang == REPORT_LANG_EN ? "no state change recorded" :
		    "没有记录到状态变化");
	return EXIT_OK;
}

/* ---- main ------------------------------------------------------------ */

enum { OPT_SHARE = 256, OPT_RAW, OPT_COLOR, OPT_FAIL, OPT_NOSITE,
    OPT_STATE };
enum { OPT_LANG = 300, OPT_FORMAT, OPT_SHARE_URL, OPT_MAX_AGE,
    OPT_SECTIONS, OPT_SINCE };

static const struct option longopts[] = {
	{ "config", required_argument, NULL, 'c' },
	{ "status", required_argument, NULL, 's' },
	{ "rules", required_argument, NULL, 'r' },
	{ "site-rules", required_argument, NULL, 'd' },
	{ "no-site-rules", no_argument, NULL, OPT_NOSITE },
	{ "level", required_argument, NULL, 'l' },
	{ "share", required_argument, NULL, OPT_SHARE },
	{ "output", required_argument, NULL, 'o' },
	{ "fail-uncovered", no_argument, NULL, OPT_FAIL },
	{ "state-dir", required_argument, NULL, OPT_STATE },
	{ "json", no_argument, NULL, 'j' },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "sections", no_argument, NULL, OPT_SECTIONS },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "colour", optional_argument, NULL, OPT_COLOR },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "share-url", required_argument, NULL, OPT_SHARE_URL },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static bool
is_color_word(const char *s)
{
	return strcmp(s, "auto") == 0 || strcmp(s, "always") == 0 ||
	    strcmp(s, "never") == 0;
}

/* Returns -1 to go on, or an exit code. */
static int
parse_options(int argc, char **argv, const char *optstring,
    struct options *o, const char **color, int *verbosity)
{
	char *end;
	long lv;
	int ch;

	while ((ch = getopt_long(argc, argv, optstring, longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			o->config_path = optarg;
			break;
		case 's':
			o->status_path = optarg;
			o->status_chosen = true;
			break;
		case 'r':
			o->rules = optarg;
			break;
		case 'd':
			if (o->n_site == MAX_SITE_DIRS) {
				fprintf(stderr, "evidencectl: at most %d "
				    "--site-rules\n", MAX_SITE_DIRS);
				return EXIT_USAGE;
			}
			o->site[o->n_site++] = optarg;
			break;
		case OPT_NOSITE:
			o->no_site = true;
			break;
		case 'l':
			errno = 0;
			lv = strtol(optarg, &end, 10);
			if (errno || *end || lv < EV_LEVEL_MIN ||
			    lv > EV_LEVEL_MAX) {
				fprintf(stderr, "evidencectl: --level must be "
				    "1, 2 or 3\n");
				return EXIT_USAGE;
			}
			o->level = (int)lv;
			o->level_given = true;
			break;
		case OPT_SHARE:
			o->share = optarg;
			break;
		case 'o':
			o->output = optarg;
			break;
		case OPT_STATE:
			o->state_dir = optarg;
			break;
		case OPT_FAIL:
			o->fail_uncovered = true;
			break;
		case 'j':
			o->json = true;
			break;
		case OPT_RAW:
			o->raw = true;
			break;
		case OPT_SECTIONS:
			o->sections = true;
			break;
		case OPT_COLOR:
			/* "--color always" as well as "--color=always"; a bare
			 * --color before a command means always. */
			if (optarg == NULL && optind < argc &&
			    is_color_word(argv[optind]))
				optarg = argv[optind++];
			*color = optarg != NULL ? optarg : "always";
			break;
		case OPT_LANG:
			o->lang = optarg;
			break;
		case OPT_FORMAT:
			o->format = optarg;
			break;
		case OPT_SHARE_URL:
			o->share_url = optarg;
			break;
		case OPT_MAX_AGE:
			o->max_age = optarg;
			break;
		case OPT_SINCE:
			o->since = optarg;
			break;
		case 'v':
			if (*verbosity < LOG_LEVEL_DEBUG)
				(*verbosity)++;
			break;
		case 'q':
			*verbosity = LOG_LEVEL_ERROR;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("evidencectl %s\n", EVIDENCED_VERSION);
			return EXIT_OK;
		default:
			/* getopt said what was wrong, on one line. */
			fprintf(stderr, "Try 'evidencectl --help' for more "
			    "information.\n");
			return EXIT_USAGE;
		}
	}
	return -1;
}

/*
 * Precedence: command line, then environment ($EVIDENCED_STATUS), then
 * the configuration file, then the built-in defaults.  Returns -1 to go
 * on, or an exit code.
 */
static int
apply_config(struct options *o, char *rules_buf, size_t rules_size)
{
	const char *path = o->config_path, *env;
	char err[512];
	int rc;

	env = getenv("EVIDENCED_CONFIG");
	if (path == NULL && env != NULL && env[0] != '\0')
		path = env;
	rc = config_load(path != NULL ? path : DEFAULT_CONFIG, &o->cfg, err,
	    sizeof(err));
	/* The default file is optional; one that was asked for is not. */
	if (rc < 0 && !(rc == -ENOENT && path == NULL)) {
		fprintf(stderr, "evidencectl: %s\n", err);
		return EXIT_USAGE;
	}
	env = getenv("EVIDENCED_STATUS");
	if (o->status_path == NULL && env != NULL && env[0] != '\0') {
		o->status_path = env;
		o->status_chosen = true;
	}
	if (o->status_path == NULL)
		o->status_path = o->cfg.status != NULL ? o->cfg.status :
		    DEFAULT_STATUS;
	if (o->rules == NULL)
		o->rules = o->cfg.rules != NULL ? o->cfg.rules :
		    paths_default_rules(DEFAULT_RULES, SOURCE_DIR, rules_buf,
		    rules_size);
	if (o->n_site == 0 && !o->no_site && o->cfg.site_rules != NULL)
		o->site[o->n_site++] = o->cfg.site_rules;
	if (o->level == 0)
		o->level = o->cfg.level != 0 ? o->cfg.level : DEFAULT_LEVEL;
	if (o->share == NULL)
		o->share = o->cfg.share;
	return -1;
}

/*
 * evidencectl reload / rescan: signal the daemon named by the pid file
 * ([daemon] pid_file), after checking that the pid is an evidenced.
 */
static int
cmd_signal(const struct options *o, int sig, const char *what)
{
	const char *path = o->cfg.pid_file != NULL ? o->cfg.pid_file :
	    DEFAULT_PID_FILE;
	char buf[32], comm[64], proc[64];
	FILE *f;
	long pid;

	if ((f = fopen(path, "re")) == NULL) {
		ctl_error("%s (is evidenced running?)", path);
		return EXIT_RUNTIME;
	}
	if (fgets(buf, sizeof(buf), f) == NULL || (pid = strtol(buf, NULL,
	    10)) <= 1) {
		fclose(f);
		fprintf(stderr, "evidencectl: %s holds no pid\n", path);
		return EXIT_RUNTIME;
	}
	fclose(f);
	snprintf(proc, sizeof(proc), "/proc/%ld/comm", pid);
	if ((f = fopen(proc, "re")) == NULL || fgets(comm, sizeof(comm),
	    f) == NULL || strncmp(comm, "evidenced", 9) != 0 ||
	    (comm[9] != '\n' && comm[9] != '\0')) {
		if (f != NULL)
			fclose(f);
		fprintf(stderr, "evidencectl: evidenced is not running (pid "
		    "%ld from %s)\n", pid, path);
		return EXIT_RUNTIME;
	}
	fclose(f);
	if (kill((pid_t)pid, sig) < 0) {
		ctl_error("cannot signal evidenced (pid %ld)", pid);
		return EXIT_RUNTIME;
	}
	printf("evidenced (pid %ld): %s requested; see journalctl -u "
	    "evidenced\n", pid, what);
	return EXIT_OK;
}

static int
run_command(struct options *o, const char *cmd, int argc, char **argv)
{
	if ((strcmp(cmd, "reload") == 0 || strcmp(cmd, "rescan") == 0) &&
	    argc > 0) {
		fprintf(stderr, "evidencectl: %s takes no argument\n", cmd);
		return EXIT_USAGE;
	}
	if (strcmp(cmd, "reload") == 0)
		return cmd_signal(o, SIGHUP, "reload of the configuration "
		    "and rules");
	if (strcmp(cmd, "rescan") == 0)
		return cmd_signal(o, SIGUSR1, "full rescan");
	if (strcmp(cmd, "scan") == 0)
		return cmd_scan(o, argc, argv);
	if (strcmp(cmd, "lint") == 0)
		return cmd_lint(o, argc, argv);
	if ((strcmp(cmd, "status") == 0 || strcmp(cmd, "missing") == 0) &&
	    argc > 0) {
		fprintf(stderr, "evidencectl: %s takes no argument (got '%s'); "
		    "see evidencectl --help\n", cmd, argv[0]);
		return EXIT_USAGE;
	}
	if (strcmp(cmd, "status") == 0)
		return cmd_status(o);
	if (strcmp(cmd, "show") == 0)
		return cmd_show(o, argc, argv);
	if (strcmp(cmd, "missing") == 0)
		return cmd_missing(o);
	if (strcmp(cmd, "report") == 0)
		return cmd_report(o, argc);
	if (strcmp(cmd, "check") == 0)
		return cmd_check(o);
	if (strcmp(cmd, "history") == 0)
		return cmd_history(o, argc, argv);
	if (strcmp(cmd, "explain") == 0)
		return ctl_cmd_explain(o, argc, argv);
	if (strcmp(cmd, "text") == 0)
		return ctl_cmd_text(o, argc, argv);
	fprintf(stderr, "evidencectl: unknown command '%s' (see --help)\n",
	    cmd);
	return EXIT_USAGE;
}

/* --color=auto: a terminal that can show it, unless NO_COLOR is set to
 * something (no-color.org: an empty NO_COLOR does not count). */
static bool
want_color(void)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	return isatty(STDOUT_FILENO) && (no == NULL || no[0] == '\0') &&
	    term != NULL && strcmp(term, "dumb") != 0;
}

int
main(int argc, char **argv)
{
	struct options o;
	const char *color = "auto", *cmd;
	char *prog;
	char rules_buf[PATH_MAX];
	int verbosity = LOG_LEVEL_WARN, ret;

	/* No fastbins: a scan frees a document's text (often past 64 KiB)
	 * per file, and each such free consolidated every fastbin; the
	 * per-thread cache still serves the small blocks. */
	(void)mallopt(M_MXFAST, 0);
	prog = argv[0];
	memset(&o, 0, sizeof(o));
	config_init(&o.cfg);

	/* Options before the command ("+": stop at it), then options after
	 * it, so "evidencectl -j status" and "evidencectl status -j" both
	 * work. */
	ret = parse_options(argc, argv, "+c:s:r:d:l:o:jvqhV", &o, &color,
	    &verbosity);
	if (ret >= 0)
		return ret;
	if (optind >= argc) {
		fprintf(stderr, "usage: evidencectl [OPTIONS] COMMAND [ARGS]\n"
		    "commands: scan lint status show missing explain text "
		    "report check reload rescan; "
		    "see evidencectl --help\n");
		return EXIT_USAGE;
	}
	argc -= optind;
	argv += optind;
	cmd = argv[0];
	argv[0] = prog;         /* getopt's messages name the program */
	optind = 0;     /* glibc: reinitialise, scan from argv[1] */
	ret = parse_options(argc, argv, "c:s:r:d:l:o:jvqhV", &o, &color,
	    &verbosity);
	if (ret >= 0)
		return ret;
	argc -= optind;
	argv += optind;

	log_init("evidencectl", (enum log_level)verbosity);
	if (strcmp(color, "always") == 0)
		o.color = true;
	else if (strcmp(color, "never") == 0)
		o.color = false;
	else if (strcmp(color, "auto") == 0)
		o.color = want_color();
	else {
		fprintf(stderr, "evidencectl: --color must be auto, always or "
		    "never\n");
		config_free(&o.cfg);
		return EXIT_USAGE;
	}
	if ((ret = apply_config(&o, rules_buf, sizeof(rules_buf))) >= 0) {
		config_free(&o.cfg);
		return ret;
	}
	/* Progress only where someone watches: stderr a terminal that
	 * can erase a line, and not --quiet. */
	if (strcmp(cmd, "scan") == 0 && isatty(STDERR_FILENO) &&
	    verbosity >= LOG_LEVEL_WARN && getenv("TERM") != NULL &&
	    strcmp(getenv("TERM"), "dumb") != 0 &&
	    (o.progress = progress_new(STDERR_FILENO)) != NULL)
		log_set_erase_line(true);
	ret = run_command(&o, cmd, argc, argv);
	progress_free(o.progress);
	config_free(&o.cfg);
	return ret;
}
