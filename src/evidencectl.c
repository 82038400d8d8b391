/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evidencectl.c - the command line: scan a share once, lint rules, and
 * read the status document the daemon keeps (status, show, missing),
 * explain why one file counts, print the text the matcher sees.
 *
 * Everything that decides is in the library; this file parses options,
 * calls it and prints.  It is the only place besides evidenced's main()
 * that exits.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
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

/* Exit codes (documented in --help and README). */
enum {
	EXIT_OK = 0,            /* done; for status/missing: all covered */
	EXIT_UNCOVERED = 1,     /* status/missing: some clause not covered */
	EXIT_USAGE = 2,         /* bad usage, rule errors, bad status file */
	EXIT_RUNTIME = 3,       /* share unreadable, out of memory, ... */
};

#define MAX_SITE_DIRS 16

struct options {
	const char *config_path;        /* NULL: DEFAULT_CONFIG if present */
	struct ev_config cfg;           /* limits, and defaults for below */
	const char *status_path;
	bool status_chosen;             /* --status or $EVIDENCED_STATUS */
	const char *rules;
	const char *site[MAX_SITE_DIRS];
	size_t n_site;
	bool no_site;
	const char *share;
	const char *output;
	const char *state_dir;
	int level;
	bool json;
	bool raw;
	bool sections;
	bool color;
	bool fail_uncovered;
	struct progress *progress;      /* scan on a terminal, or NULL */
	bool level_given;               /* --level on the command line */
	const char *lang;               /* --lang; NULL: from the locale */
	const char *format;             /* report --format */
	const char *share_url;          /* report --share-url */
	const char *max_age;            /* check --max-age */
	const char *since;              /* history --since */
};

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
"  history [ID]      the state changes evidenced alerted (clause ID or\n"
"                    ID/ITEM), oldest first, from alerts.jsonl in the\n"
"                    state directory; --since DATE, --json\n"
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
"      --since DATE    history: changes from DATE (2026-11-01 or\n"
"                      2026-11-01T08:00:00Z) on\n"
"      --lang zh|en    language of status, show, missing and scan (default\n"
"                      zh; en when the locale is C, POSIX or English)\n"
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
static void
ctl_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
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

/* ---- terminal output ---------------------------------------------- */

struct colors {
	const char *on[CLAUSE_STATE_COUNT];
	const char *bold, *dim, *off;
};

static struct colors
colors_for(bool on)
{
	struct colors c;

	memset(&c, 0, sizeof(c));
	c.on[CLAUSE_COVERED] = on ? "\033[32m" : "";
	c.on[CLAUSE_PARTIAL] = on ? "\033[33m" : "";
	c.on[CLAUSE_MISSING] = on ? "\033[31m" : "";
	c.on[CLAUSE_STALE] = on ? "\033[35m" : "";
	c.on[CLAUSE_NOT_APPLICABLE] = on ? "\033[2m" : "";
	c.bold = on ? "\033[1m" : "";
	c.dim = on ? "\033[2m" : "";
	c.off = on ? "\033[0m" : "";
	return c;
}

/*
 * Print s (escaped: it may be a file name) in a column of width display
 * columns, padded on the left (right-aligned) or the right, so that CJK
 * text, two columns a character, lines up.
 */
static void
print_cell(const char *s, int width, bool right)
{
	char *e = pathname_escape(s);
	int pad = width - report_display_width(e != NULL ? e : s);

	if (!right)
		fputs(e != NULL ? e : s, stdout);
	while (pad-- > 0)
		putchar(' ');
	if (right)
		fputs(e != NULL ? e : s, stdout);
	free(e);
}

static void
print_padded(const char *s, int width)
{
	print_cell(s, width, false);
}

/* A file name on the terminal: never raw control characters. */
static void
print_path(const char *path)
{
	char *e = pathname_escape(path);

	fputs(e != NULL ? e : "?", stdout);
	free(e);
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

/* ---- JSON accessors (the status document is the contract) ---------- */

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

static struct json_object *
jarr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

static size_t
jlen(struct json_object *a)
{
	return a != NULL ? json_object_array_length(a) : 0;
}

static enum clause_state
jstate(struct json_object *clause)
{
	enum clause_state st = CLAUSE_MISSING;

	(void)clause_state_parse(jstr(clause, "state"), &st);
	return st;
}

static void
print_json(struct json_object *o)
{
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
}

/* ---- status rendering ----------------------------------------------- */

struct phase_row {
	const char *phase;
	size_t count[CLAUSE_STATE_COUNT];
	size_t total;
};

/* Words of the terminal views that are not states. */
enum {
	W_SHARE, W_LEVEL, W_GENERATED, W_PHASE, W_TOTAL, W_NOPHASE,
	W_UNCOVERED, W_PROBLEMS, W_CLAUSE, W_TEXT, W_PROOF, W_LEVELS, W_NOTE,
	W_EVIDENCE, W_TOO_OLD, W_DATE_TEXT, W_DATE_META, W_DATE_MTIME, W_COUNT
};

static const char *
word(enum report_lang l, int w)
{
	static const char *const en[W_COUNT] = {
		"Share", "level", "generated", "Phase", "Total", "(no phase)",
		"Not covered", "Problems (%zu files could not be checked)",
		"Clause", "Clause", "Proof", "Levels", "Note", "Evidence",
		"too old", "text", "metadata", "mtime",
	};
	static const char *const zh[W_COUNT] = {
		"共享目录", "级别", "生成于", "要点", "合计", "（未分阶段）",
		"未符合的条款", "问题（%zu 个文件无法检查）",
		"条款", "条款", "证明材料", "适用级别", "备注", "证明材料项",
		"已过期", "正文日期", "文档属性日期", "修改时间",
	};

	return l == REPORT_LANG_EN ? en[w] : zh[w];
}

static void
print_item_lines(struct json_object *item, const struct colors *c,
    bool with_files, enum report_lang l)
{
	struct json_object *files = jarr(item, "files");
	struct json_object *cands = jarr(item, "candidates");
	const char *st = jstr(item, "state");
	size_t i;

	printf("    %s", strcmp(st, "found") == 0 ? c->on[CLAUSE_COVERED] :
	    strcmp(st, "stale") == 0 ? c->on[CLAUSE_STALE] :
	    c->on[CLAUSE_MISSING]);
	print_padded(report_item_word(st, l), 7);
	printf("%s %s\n", c->off, jstr(item, "label"));
	if (!with_files)
		return;
	for (i = 0; i < jlen(files); i++) {
		struct json_object *f = json_object_array_get_idx(files, i);
		struct json_object *fr;
		bool fresh = true;

		if (json_object_object_get_ex(f, "fresh", &fr))
			fresh = json_object_get_boolean(fr);
		printf("            ");
		print_path(jstr(f, "path"));
		printf("  %s(%s %.10s%s%s)%s\n", c->dim,
		    word(l, strcmp(jstr(f, "date_source"), "text") == 0 ?
		    W_DATE_TEXT : strcmp(jstr(f, "date_source"), "metadata") ==
		    0 ? W_DATE_META : W_DATE_MTIME),
		    jstr(f, "date"), fresh ? "" : ", ",
		    fresh ? "" : word(l, W_TOO_OLD), c->off);
	}
	for (i = 0; i < jlen(cands); i++) {
		struct json_object *f = json_object_array_get_idx(cands, i);

		printf("          %s~ ", c->dim);
		print_path(jstr(f, "path"));
		printf(": %s%s\n", jstr(f, "reason"), c->off);
	}
}

/* Counts per phase (clauses inherit the phase they are listed under);
 * returns the number of rows. */
static size_t
phase_rows(struct json_object *clauses, struct phase_row *rows, size_t max,
    size_t *total)
{
	size_t nrows = 0, i, k;
	const char *cur = "";

	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		const char *ph = jstr(cl, "phase");
		enum clause_state st = jstate(cl);

		if (ph[0] != '\0')
			cur = ph;
		for (k = 0; k < nrows; k++)
			if (strcmp(rows[k].phase, cur) == 0)
				break;
		if (k == nrows && nrows < max)
			rows[nrows++].phase = cur;
		if (k < nrows) {
			rows[k].count[st]++;
			rows[k].total++;
		}
		total[st]++;
	}
	return nrows;
}

static int
render_status(struct json_object *doc, const struct colors *c,
    enum report_lang l)
{
	struct json_object *clauses = jarr(doc, "clauses");
	struct json_object *probs = jarr(doc, "problems");
	struct phase_row rows[64];
	size_t nrows, i, k, total[CLAUSE_STATE_COUNT] = { 0 };
	int width = report_display_width(word(l, W_PHASE));
	int col[CLAUSE_STATE_COUNT], s;
	const char *head[CLAUSE_STATE_COUNT];
	bool uncovered = false;
	struct json_object *lv;
	int level = 0;

	if (json_object_object_get_ex(doc, "level", &lv))
		level = json_object_get_int(lv);
	memset(rows, 0, sizeof(rows));
	nrows = phase_rows(clauses, rows, sizeof(rows) / sizeof(rows[0]),
	    total);
	uncovered = total[CLAUSE_PARTIAL] + total[CLAUSE_MISSING] +
	    total[CLAUSE_STALE] > 0;
	/* The phase column is as wide as its widest entry. */
	for (k = 0; k < nrows; k++) {
		const char *ph = rows[k].phase[0] ? rows[k].phase :
		    word(l, W_NOPHASE);

		if (report_display_width(ph) > width)
			width = report_display_width(ph);
	}
	for (s = 0; s < CLAUSE_STATE_COUNT; s++) {
		head[s] = l == REPORT_LANG_EN && s == CLAUSE_NOT_APPLICABLE ?
		    "n/a" : report_state_word((enum clause_state)s, l);
		col[s] = report_display_width(head[s]);
		if (col[s] < 7)
			col[s] = 7;
	}

	printf("%s%s%s %s  %s%s%s %d  %s%s%s %s\n\n", c->bold,
	    word(l, W_SHARE), c->off, jstr(doc, "share"), c->bold,
	    word(l, W_LEVEL), c->off, level, c->bold, word(l, W_GENERATED),
	    c->off, jstr(doc, "generated_at"));
	print_padded(word(l, W_PHASE), width);
	for (s = 0; s < CLAUSE_STATE_COUNT; s++) {
		putchar(' ');
		print_cell(head[s], col[s], true);
	}
	putchar('\n');
	for (k = 0; k < nrows; k++) {
		print_padded(rows[k].phase[0] ? rows[k].phase :
		    word(l, W_NOPHASE), width);
		for (s = 0; s < CLAUSE_STATE_COUNT; s++)
			printf(" %*zu", col[s], rows[k].count[s]);
		putchar('\n');
	}
	print_padded(word(l, W_TOTAL), width);
	for (s = 0; s < CLAUSE_STATE_COUNT; s++)
		printf(" %s%*zu%s", c->on[s], col[s], total[s], c->off);
	putchar('\n');

	if (uncovered)
		printf("\n%s%s%s\n", c->bold, word(l, W_UNCOVERED), c->off);
	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		enum clause_state st = jstate(cl);

		if (st == CLAUSE_COVERED || st == CLAUSE_NOT_APPLICABLE)
			continue;
		printf("  %s", c->on[st]);
		print_padded(report_state_word(st, l), 8);
		printf("%s ", c->off);
		print_cell(jstr(cl, "id"), 4, true);
		printf("  %s\n", jstr(cl, "text"));
	}
	if (jlen(probs) > 0) {
		printf("\n%s", c->bold);
		printf(word(l, W_PROBLEMS), jlen(probs));
		printf("%s\n", c->off);
		for (i = 0; i < jlen(probs); i++) {
			struct json_object *p =
			    json_object_array_get_idx(probs, i);

			printf("  ");
			print_path(jstr(p, "path"));
			printf(": %s\n", jstr(p, "problem"));
		}
	}
	return uncovered ? EXIT_UNCOVERED : EXIT_OK;
}

static struct json_object *
find_clause(struct json_object *doc, const char *id)
{
	struct json_object *clauses = jarr(doc, "clauses");
	size_t i;

	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);

		if (strcmp(jstr(cl, "id"), id) == 0)
			return cl;
	}
	return NULL;
}

static void
render_clause(struct json_object *cl, const struct colors *c,
    enum report_lang l)
{
	struct json_object *ev = jarr(cl, "evidence");
	struct json_object *levels = jarr(cl, "levels");
	enum clause_state st = jstate(cl);
	size_t i;

	printf("%s%s %s%s  %s%s%s\n", c->bold, word(l, W_CLAUSE),
	    jstr(cl, "id"), c->off, c->on[st], report_state_word(st, l),
	    c->off);
	if (jstr(cl, "phase")[0])
		printf("  %s: %s\n", word(l, W_PHASE), jstr(cl, "phase"));
	printf("  %s: %s\n", word(l, W_TEXT), jstr(cl, "text"));
	if (jstr(cl, "proof")[0])
		printf("  %s: %s\n", word(l, W_PROOF), jstr(cl, "proof"));
	printf("  %s:", word(l, W_LEVELS));
	for (i = 0; i < jlen(levels); i++)
		printf(" %d", json_object_get_int(
		    json_object_array_get_idx(levels, i)));
	printf("\n");
	if (jstr(cl, "note")[0])
		printf("  %s: %s\n", word(l, W_NOTE), jstr(cl, "note"));
	printf("  %s:\n", word(l, W_EVIDENCE));
	for (i = 0; i < jlen(ev); i++)
		print_item_lines(json_object_array_get_idx(ev, i), c, true, l);
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

static int
compile_rules(const struct options *o, const char *const *paths,
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

	if (compile_rules(o, (const char *const *)argv, (size_t)argc,
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
		ctl_error("%s", root);
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
	struct json_object *clauses = jarr(doc, "clauses");
	size_t i;

	for (i = 0; i < jlen(clauses); i++) {
		enum clause_state st =
		    jstate(json_object_array_get_idx(clauses, i));

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
	struct colors c = colors_for(o->color);
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
		print_json(doc);
	else
		render_status(doc, &c, l);
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
		    o->status_path, jstr(*doc, "generated_at"));
	/* Old news must not pass for the current state. */
	if (dates_parse_iso(jstr(*doc, "generated_at"), &at) < 0)
		log_warnx("%s has no valid generated_at: its age is unknown",
		    o->status_path);
	else if (now - at > STATUS_STALE_SECONDS)
		log_warnx("%s is %lld day%s old (generated %s): is the scan "
		    "running? (systemctl status evidenced-scan.timer)",
		    o->status_path, (long long)((now - at) / 86400),
		    (now - at) / 86400 == 1 ? "" : "s",
		    jstr(*doc, "generated_at"));
	return EXIT_OK;
}

static int
cmd_status(const struct options *o)
{
	struct json_object *doc;
	struct colors c = colors_for(o->color);
	enum report_lang l;
	int ret;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	if (o->json) {
		print_json(doc);
		ret = doc_uncovered(doc) ? EXIT_UNCOVERED : EXIT_OK;
	} else
		ret = render_status(doc, &c, l);
	json_object_put(doc);
	return ret;
}

static int
cmd_show(const struct options *o, int argc, char **argv)
{
	struct json_object *doc, *cl;
	struct colors c = colors_for(o->color);
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
	cl = find_clause(doc, argv[0]);
	if (cl == NULL) {
		fprintf(stderr, "evidencectl: no clause %s in %s\n", argv[0],
		    o->status_path);
		json_object_put(doc);
		return EXIT_USAGE;
	}
	if (o->json)
		print_json(cl);
	else
		render_clause(cl, &c, l);
	json_object_put(doc);
	return EXIT_OK;
}

static int
cmd_missing(const struct options *o)
{
	struct json_object *doc, *clauses, *out;
	struct colors c = colors_for(o->color);
	enum report_lang l;
	size_t i, j;
	int ret;

	if (!pick_lang(o, &l))
		return EXIT_USAGE;
	if ((ret = load_doc(o, &doc)) != EXIT_OK)
		return ret;
	clauses = jarr(doc, "clauses");
	out = json_object_new_array();
	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		enum clause_state st = jstate(cl);

		if (st == CLAUSE_COVERED || st == CLAUSE_NOT_APPLICABLE)
			continue;
		json_object_array_add(out, json_object_get(cl));
		if (o->json)
			continue;
		printf("%s", c.on[st]);
		print_padded(report_state_word(st, l), 8);
		printf("%s %s", c.off, c.bold);
		print_cell(jstr(cl, "id"), 4, true);
		printf("%s  %s\n", c.off, jstr(cl, "text"));
		for (j = 0; j < jlen(jarr(cl, "evidence")); j++) {
			struct json_object *it = json_object_array_get_idx(
			    jarr(cl, "evidence"), j);

			if (strcmp(jstr(it, "state"), "found") != 0)
				print_item_lines(it, &c, true, l);
		}
	}
	if (o->json)
		print_json(out);
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

/* ---- explain / text -------------------------------------------------- */

/*
 * If the file abs (absolute, lexical) lies beneath dir, return its path
 * relative to dir and set root to dir's real path.  dir is compared both
 * as resolved and as written, so /share-link/x finds the share /srv/x
 * names.  The file's own path is never resolved: the opener resolves it
 * beneath root, where a link out of the share is refused.
 */
static const char *
beneath(const char *abs, const char *dir, char *root)
{
	const char *rel = NULL;
	gchar *lex;
	size_t rlen, llen;

	if (dir == NULL || realpath(dir, root) == NULL)
		return NULL;
	lex = g_canonicalize_filename(dir, NULL);
	rlen = strlen(root);
	llen = strlen(lex);
	if (rlen == 1)
		rel = abs + 1;             /* everything is beneath "/" */
	else if (strncmp(abs, root, rlen) == 0 && abs[rlen] == '/')
		rel = abs + rlen + 1;
	else if (llen > 1 && strncmp(abs, lex, llen) == 0 && abs[llen] == '/')
		rel = abs + llen + 1;
	g_free(lex);
	return rel != NULL && rel[0] != '\0' ? rel : NULL;
}

/*
 * Find the share FILE lives in, because folder names count: --share, else
 * the share of the status document, else the working directory, else the
 * file's own directory.  FILE is made absolute lexically (".." and "."
 * as written, no link followed), *rel points into abs.
 */
static int
locate_file(const struct options *o, const char *file, char *abs,
    char *root, const char **rel)
{
	struct json_object *doc = NULL;
	char err[512], cwd[PATH_MAX];
	const char *status_share = NULL;
	gchar *canon, *dir;

	canon = g_canonicalize_filename(file, NULL);
	if (strlen(canon) >= PATH_MAX || strcmp(canon, "/") == 0) {
		fprintf(stderr, "evidencectl: %s: not a file\n", file);
		g_free(canon);
		return EXIT_USAGE;
	}
	strcpy(abs, canon);
	g_free(canon);
	if (o->share == NULL && status_load(o->status_path, &doc, err,
	    sizeof(err)) == 0 && jstr(doc, "share")[0] != '\0')
		status_share = jstr(doc, "share");
	if ((*rel = beneath(abs, o->share, root)) == NULL &&
	    (*rel = beneath(abs, status_share, root)) == NULL)
		*rel = beneath(abs, getcwd(cwd, sizeof(cwd)), root);
	json_object_put(doc);
	if (o->share != NULL && *rel == NULL)
		log_warnx("%s is not beneath --share %s", file, o->share);
	if (*rel == NULL) {
		dir = g_path_get_dirname(abs);
		if (realpath(dir, root) == NULL) {
			ctl_error("%s", dir);
			g_free(dir);
			return EXIT_RUNTIME;
		}
		g_free(dir);
		*rel = strrchr(abs, '/') + 1;
	}
	return EXIT_OK;
}

/* The file could not be opened beneath root: say why in words. */
static void
open_refused(const char *file, const char *root, int rc)
{
	char *f = pathname_escape(file), *r = pathname_escape(root);

	if (rc == -EXDEV || rc == -ELOOP)
		fprintf(stderr, "evidencectl: %s: refused: it leads outside "
		    "the share %s (a symbolic link out, or a loop); only files "
		    "beneath the share are read\n", f ? f : "?", r ? r : "?");
	else if (rc == -EINVAL)
		fprintf(stderr, "evidencectl: %s: not a regular file\n",
		    f ? f : "?");
	else
		fprintf(stderr, "evidencectl: %s: cannot check: %s\n",
		    f ? f : "?", strerror(-rc));
	free(f);
	free(r);
}

/* The file is parsed where a scan would parse it: in a worker (a pool of
 * one), unless the configuration says in process. */
static int
scan_one_file(const struct options *o, struct scanner *sc, int rootfd,
    const char *rel, unsigned flags, struct file_record **rec)
{
	struct pool_options po;
	struct pool *pool;
	int rc;

	if (o->cfg.workers == 0)
		return scanner_scan_file(sc, rootfd, rel, rec);
	memset(&po, 0, sizeof(po));
	po.workers = 1;
	po.limits = o->cfg.limits;
	po.user = o->cfg.worker_user;
	if ((rc = pool_new(&po, &pool)) < 0)
		return rc;
	rc = pool_scan_file(pool, sc, rootfd, rel, (flags & SCANNER_RAW_TEXT) ?
	    WORKER_REQ_RAW : 0, rec);
	pool_free(pool);
	return rc;
}

static int
scan_one(const struct options *o, const struct ruleset *rs, const char *file,
    unsigned flags, struct file_record **rec, char *root)
{
	char abs[PATH_MAX];
	const char *rel;
	struct scanner *sc;
	int rootfd, rc, ret;

	*rec = NULL;
	if ((ret = locate_file(o, file, abs, root, &rel)) != EXIT_OK)
		return ret;
	sc = scanner_new(rs, &o->cfg.limits, flags);
	if (sc == NULL) {
		ctl_error("libmagic");
		return EXIT_RUNTIME;
	}
	rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (rootfd < 0) {
		ctl_error("%s", root);
		scanner_free(sc);
		return EXIT_RUNTIME;
	}
	/* The same opener as the scan: beneath the root, links out refused. */
	rc = scan_one_file(o, sc, rootfd, rel, flags, rec);
	close(rootfd);
	scanner_free(sc);
	if (rc < 0) {
		open_refused(file, root, rc);
		return EXIT_RUNTIME;
	}
	return EXIT_OK;
}

static void
print_snippet(const char *text, size_t len, size_t s, size_t e)
{
	size_t a = s > 40 ? s - 40 : 0, b = e + 40 < len ? e + 40 : len;

	while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
		a--;
	while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
		b++;
	printf("              …%.*s[%.*s]%.*s…\n", (int)(s - a), text + a,
	    (int)(e - s), text + s, (int)(b - e), text + e);
}

static void
explain_content(struct rule_matcher *mt, const struct file_facts *f,
    const struct rule_item *it)
{
	const struct rule_patterns *groups[2] = { &it->content_all,
	    &it->content_any };
	const char *names[2] = { "content_all", "content_any" };
	size_t g, i, s, e;

	if (f->text == NULL)
		return;
	for (g = 0; g < 2; g++) {
		for (i = 0; i < groups[g]->n; i++) {
			const struct rule_pattern *p = &groups[g]->v[i];
			int hit = rule_pattern_match(mt, p, f->text,
			    f->text_len, &s, &e);

			printf("            %s /%s/: %s\n", names[g], p->source,
			    hit == 1 ? "matched" : hit == 0 ? "no match" :
			    "match limit hit");
			if (hit == 1)
				print_snippet(f->text, f->text_len, s, e);
		}
	}
}

static void
explain_match(struct rule_matcher *mt, const struct ruleset *rs,
    const struct file_record *rec, const struct file_match *m,
    const struct colors *c)
{
	const struct rule_item *it = ruleset_find_item(rs, m->clause_id,
	    m->item_id);

	printf("  %s%s%s clause %s/%s %s\n", m->counts ?
	    c->on[CLAUSE_COVERED] : c->on[CLAUSE_PARTIAL],
	    m->counts ? "counts for" : "near     ", c->off,
	    m->clause_id, m->item_id, it != NULL ? it->label : "");
	if (m->section != NULL) {
		char *safe = pathname_escape(m->section);

		printf("            section %s\n", safe != NULL ? safe : "?");
		free(safe);
	}
	if (m->name_pattern)
		printf("            name /%s/\n", m->name_pattern);
	if (m->title_pattern)
		printf("            title /%s/\n", m->title_pattern);
	if (m->excluded_by)
		printf("            excluded by /%s/\n", m->excluded_by);
	if (it != NULL)
		explain_content(mt, rec->facts, it);
	if (!m->counts)
		printf("            why not: %s\n", m->reason != NULL ?
		    m->reason : "");
}

static void
jadd_str(struct json_object *o, const char *key, const char *val)
{
	if (val != NULL)
		json_object_object_add(o, key, json_object_new_string(val));
}

static int
explain_json(const struct ruleset *rs, const struct file_record *rec,
    const char *root)
{
	const struct file_facts *f = rec->facts;
	struct json_object *o = json_object_new_object();
	struct json_object *arr = json_object_new_array();
	char buf[32];
	size_t i;

	jadd_str(o, "share", root);
	jadd_str(o, "path", f->path);
	jadd_str(o, "type", f->format);
	jadd_str(o, "mime", f->mime != NULL ? f->mime : "");
	jadd_str(o, "text_status", extract_status_name(f->text_status));
	jadd_str(o, "text_reason", f->text_reason != NULL ? f->text_reason :
	    "");
	jadd_str(o, "date", dates_rfc3339(f->date, buf, sizeof(buf)));
	jadd_str(o, "date_source", date_source_name(f->date_source));
	jadd_str(o, "ignored_by", rec->ignored_by);
	jadd_str(o, "match_limit", rec->match_limit);
	for (i = 0; i < rec->n_matches; i++) {
		const struct file_match *m = &rec->matches[i];
		const struct rule_item *it = ruleset_find_item(rs,
		    m->clause_id, m->item_id);
		struct json_object *mo = json_object_new_object();

		jadd_str(mo, "clause", m->clause_id);
		jadd_str(mo, "item", m->item_id);
		jadd_str(mo, "label", it != NULL ? it->label : "");
		json_object_object_add(mo, "counts",
		    json_object_new_boolean(m->counts));
		jadd_str(mo, "name_pattern", m->name_pattern);
		jadd_str(mo, "title_pattern", m->title_pattern);
		jadd_str(mo, "excluded_by", m->excluded_by);
		jadd_str(mo, "section", m->section);
		jadd_str(mo, "reason", m->reason != NULL ? m->reason : "");
		json_object_array_add(arr, mo);
	}
	json_object_object_add(o, "matches", arr);
	print_json(o);
	json_object_put(o);
	return EXIT_OK;
}

static int
cmd_explain(const struct options *o, int argc, char **argv)
{
	struct ruleset *rs = NULL;
	struct file_record *rec = NULL;
	const struct file_facts *f;
	struct rule_matcher *mt = NULL;
	struct colors c = colors_for(o->color);
	char root[PATH_MAX], buf[32], why[256];
	char *safe_path = NULL, *safe_root = NULL, *safe_title = NULL;
	size_t i, counted = 0, content_only = 0;
	unsigned kind;
	int pass;
	int ret;

	if (argc != 1) {
		fprintf(stderr, "evidencectl: explain needs one file\n");
		return EXIT_USAGE;
	}
	if (compile_rules(o, NULL, 0, &rs) < 0)
		return EXIT_USAGE;
	ret = scan_one(o, rs, argv[0], SCANNER_KEEP_TEXT |
	    SCANNER_NEAR_CONTENT, &rec, root);
	if (ret != EXIT_OK)
		goto done;
	f = rec->facts;
	if (o->json) {
		ret = explain_json(rs, rec, root);
		goto done;
	}
	safe_path = pathname_escape(f->path);
	safe_root = pathname_escape(root);
	printf("%s%s%s  (share %s)\n", c.bold, safe_path ? safe_path : "?",
	    c.off, safe_root ? safe_root : "?");
	if (rec->ignored_by != NULL) {
		printf("  ignored: matches [ignore] /%s/ — never counts\n",
		    rec->ignored_by);
		goto done;
	}
	printf("  type: %s (%s, %s)\n", f->format, f->mime != NULL ?
	    f->mime : "", ev_typeclass_name(f->typeclass));
	printf("  text: %s, %zu bytes\n", extract_reason_text(
	    f->text_status, f->text_reason, why, sizeof(why)), f->text_len);
	if (rec->match_limit != NULL)
		printf("  problem: %s hit the match limit on this file and "
		    "counted as no match\n", rec->match_limit);
	if (f->title != NULL) {
		safe_title = pathname_escape(f->title);
		printf("  title: %s\n", safe_title ? safe_title : "?");
	}
	printf("  date: %s (from %s)\n", dates_rfc3339(f->date, buf,
	    sizeof(buf)), date_source_name(f->date_source));
	/* The kind decides which items it may prove (kinds = in the rules). */
	if (classify_facts_kind(f, &kind) == 0)
		printf("  kind: %s\n", kind != 0 ? ev_kind_name(kind) :
		    "unknown (name, title and first lines say none)");
	if (rec->n_matches == 0)
		printf("  no rule matches or nearly matches this file\n");
	if ((mt = rule_matcher_new()) == NULL) {
		ret = EXIT_RUNTIME;
		goto done;
	}
	/* Counting items first, then near matches the name or title
	 * identified, then, one line each, items whose content alone would
	 * fit (a hint for renaming, not evidence). */
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < rec->n_matches; i++) {
			const struct file_match *m = &rec->matches[i];
			const struct rule_item *it;
			bool named = (m->matched_by &
			    (MATCH_NAME | MATCH_TITLE)) != 0;

			if ((pass == 0) != m->counts ||
			    (pass == 1 && !named) || (pass == 2 && named))
				continue;
			if (pass == 2) {
				if (!content_only++)
					printf("  %scontent fits, but neither name "
					    "nor title says so:%s\n", c.dim,
					    c.off);
				it = ruleset_find_item(rs, m->clause_id,
				    m->item_id);
				printf("    %s/%s %s\n", m->clause_id,
				    m->item_id, it != NULL ? it->label : "");
				continue;
			}
			counted += m->counts;
			explain_match(mt, rs, rec, m, &c);
		}
	}
	printf("  %zu item%s counted\n", counted, counted == 1 ? "" : "s");
done:
	free(safe_path);
	free(safe_root);
	free(safe_title);
	rule_matcher_free(mt);
	file_record_free(rec);
	ruleset_free(rs);
	return ret;
}

/* text --sections: each section's label, then its text; then the tables
 * (their cells are never a title). */
static void
print_sections(const struct file_facts *f)
{
	size_t i;

	if (f->n_sections == 0)
		printf("(no sections)\n");
	for (i = 0; i < f->n_sections; i++) {
		const struct doc_section *sec = &f->sections[i];
		char *label = facts_section_label(f, i);
		char *safe = label != NULL ? pathname_escape(label) : NULL;

		printf("== %s (level %u%s)\n", safe != NULL ? safe : "?",
		    sec->level, sec->kind != DOC_SECTION_COLUMN ? "" :
		    sec->has_data_rows ? ", data rows" : ", no data rows");
		if (f->text != NULL && sec->kind != DOC_SECTION_COLUMN)
			printf("%.*s\n", (int)(sec->end - sec->start),
			    f->text + sec->start);
		free(label);
		free(safe);
	}
	for (i = 0; i < f->n_tables; i++) {
		printf("== table %zu (cells: mentions, never the title)\n", i + 1);
		if (f->text != NULL)
			printf("%.*s\n", (int)(f->tables[i].end -
			    f->tables[i].start), f->text + f->tables[i].start);
	}
}

static int
cmd_text(const struct options *o, int argc, char **argv)
{
	struct ruleset *rs = NULL;
	struct rules_compiler *rc;
	struct file_record *rec = NULL;
	const struct file_facts *f;
	char root[PATH_MAX], why[256], *name;
	int ret;

	if (argc != 1) {
		fprintf(stderr, "evidencectl: text needs one file\n");
		return EXIT_USAGE;
	}
	/* No rules needed to read text: an empty ruleset ignores nothing. */
	rc = rules_compiler_new();
	if (rc == NULL || rules_compiler_finish(rc, &rs) < 0) {
		rules_compiler_free(rc);
		return EXIT_RUNTIME;
	}
	rules_compiler_free(rc);
	ret = scan_one(o, rs, argv[0], SCANNER_KEEP_TEXT | SCANNER_RAW_TEXT,
	    &rec, root);
	if (ret != EXIT_OK)
		goto done;
	f = rec->facts;
	/* Whatever was read is printed; any failure to read all of it, with
	 * or without partial text, is exit 3, so a script sees the same
	 * status for the same limit. */
	if (f->text_status != EXTRACT_OK) {
		name = pathname_escape(argv[0]);
		fprintf(stderr, "evidencectl: %s: %s\n", name != NULL ? name :
		    "?", extract_reason_text(f->text_status,
		    f->text_reason, why, sizeof(why)));
		free(name);
		ret = EXIT_RUNTIME;
	}
	if (o->sections)
		print_sections(f);
	else if (o->raw && f->raw_text != NULL)
		fwrite(f->raw_text, 1, f->raw_text_len, stdout);
	else if (!o->raw && f->text != NULL)
		fwrite(f->text, 1, f->text_len, stdout);
	putchar('\n');
done:
	file_record_free(rec);
	ruleset_free(rs);
	return ret;
}

/*
 * history [ID]: the daemon's settled transitions.  Exit 0 (even when
 * none match), 2 on bad usage or no readable history.
 */
static int
cmd_history(const struct options *o, int argc, char **argv)
{
	struct history_query q;
	const char *dir;
	char err[512], *path;
	size_t skipped = 0;
	int rc;

	memset(&q, 0, sizeof(q));
	if (argc > 1) {
		fprintf(stderr, "evidencectl: history takes at most one ID\n");
		return EXIT_USAGE;
	}
	q.id = argc == 1 ? argv[0] : NULL;
	q.json = o->json;
	if (o->since != NULL && dates_parse_iso(o->since, &q.since) < 0) {
		fprintf(stderr, "evidencectl: --since '%s' is not a date "
		    "(2026-11-01 or 2026-11-01T08:00:00Z)\n", o->since);
		return EXIT_USAGE;
	}
	if (report_lang_pick(o->lang, &q.lang) < 0) {
		fprintf(stderr, "evidencectl: --lang must be zh or en\n");
		return EXIT_USAGE;
	}
	dir = o->state_dir != NULL ? o->state_dir : o->cfg.state_dir != NULL ?
	    o->cfg.state_dir : DEFAULT_STATE_DIR;
	path = g_build_filename(dir, ALERTS_LOG_NAME, NULL);
	rc = history_print(path, &q, stdout, &skipped, err, sizeof(err));
	g_free(path);
	if (rc < 0) {
		fprintf(stderr, "evidencectl: %s\n", err);
		return EXIT_USAGE;
	}
	if (skipped > 0)
		log_warnx("history: %zu lines that are not alerts skipped",
		    skipped);
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
		return cmd_explain(o, argc, argv);
	if (strcmp(cmd, "text") == 0)
		return cmd_text(o, argc, argv);
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
