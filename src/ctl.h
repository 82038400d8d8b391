/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * ctl.h - what the files of evidencectl share: evidencectl.c (main,
 * options, command dispatch and most commands), ctl_render.c (terminal
 * views of the status document) and ctl_explain.c (explain, text).
 * Internal to the program: not installed, not part of libevidenced.a.
 */
#ifndef EVIDENCED_CTL_H
#define EVIDENCED_CTL_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

#include "evidenced/config.h"
#include "evidenced/progress.h"
#include "evidenced/report.h"
#include "evidenced/rules.h"
#include "evidenced/verdict.h"

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

/* Terminal colours: escape sequences, or "" each when off. */
struct colors {
	const char *on[CLAUSE_STATE_COUNT];
	const char *bold, *dim, *off;
};

/* evidencectl.c */
void ctl_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The rules in force (paths: the pack then drop-ins; none: those of the
 * options), errors printed as file:line; 0 or -errno. */
int ctl_compile_rules(const struct options *o, const char *const *paths,
    size_t npaths, struct ruleset **out);

/* ctl_render.c */
struct colors ctl_colors_for(bool on);
void ctl_print_cell(const char *s, int width, bool right);
void ctl_print_padded(const char *s, int width);
/* Fields of the status document: "", NULL, 0 or missing when absent. */
const char *ctl_jstr(struct json_object *o, const char *key);
struct json_object *ctl_jarr(struct json_object *o, const char *key);
size_t ctl_jlen(struct json_object *a);
enum clause_state ctl_jstate(struct json_object *clause);
void ctl_print_json(struct json_object *o);
void ctl_print_item_lines(struct json_object *item, const struct colors *c,
    bool with_files, enum report_lang l);
/* The status table; EXIT_UNCOVERED when a clause is not covered. */
int ctl_render_status(struct json_object *doc, const struct colors *c,
    enum report_lang l);
struct json_object *ctl_find_clause(struct json_object *doc, const char *id);
void ctl_render_clause(struct json_object *cl, const struct colors *c,
    enum report_lang l);

/* ctl_explain.c: the commands explain FILE and text FILE; an exit code. */
int ctl_cmd_explain(const struct options *o, int argc, char **argv);
int ctl_cmd_text(const struct options *o, int argc, char **argv);

#endif
