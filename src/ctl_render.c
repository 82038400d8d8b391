/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * ctl_render.c - evidencectl's terminal views of the status document:
 * colours, cells padded to display width (CJK text is two columns a
 * character), file names escaped, the status table, one clause (show)
 * and an item's lines (show, missing), in Chinese or English.
 *
 * Reads the status document through the JSON accessors below, which
 * treat a missing or mistyped field as empty: the document is the
 * contract with the daemon, and an older one must still print.  Owns
 * nothing: every string it returns belongs to the document.
 */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/pathname.h"
#include "evidenced/report.h"
#include "evidenced/verdict.h"
#include "ctl.h"

/* ---- terminal output ---------------------------------------------- */

struct colors
ctl_colors_for(bool on)
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
void
ctl_print_cell(const char *s, int width, bool right)
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

void
ctl_print_padded(const char *s, int width)
{
	ctl_print_cell(s, width, false);
}

/* A file name on the terminal: never raw control characters. */
static void
print_path(const char *path)
{
	char *e = pathname_escape(path);

	fputs(e != NULL ? e : "?", stdout);
	free(e);
}

/* ---- JSON accessors (the status document is the contract) ---------- */

const char *
ctl_jstr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

struct json_object *
ctl_jarr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

size_t
ctl_jlen(struct json_object *a)
{
	return a != NULL ? json_object_array_length(a) : 0;
}

enum clause_state
ctl_jstate(struct json_object *clause)
{
	enum clause_state st = CLAUSE_MISSING;

	(void)clause_state_parse(ctl_jstr(clause, "state"), &st);
	return st;
}

void
ctl_print_json(struct json_object *o)
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

void
ctl_print_item_lines(struct json_object *item, const struct colors *c,
    bool with_files, enum report_lang l)
{
	struct json_object *files = ctl_jarr(item, "files");
	struct json_object *cands = ctl_jarr(item, "candidates");
	const char *st = ctl_jstr(item, "state");
	size_t i;

	printf("    %s", strcmp(st, "found") == 0 ? c->on[CLAUSE_COVERED] :
	    strcmp(st, "stale") == 0 ? c->on[CLAUSE_STALE] :
	    c->on[CLAUSE_MISSING]);
	ctl_print_padded(report_item_word(st, l), 7);
	printf("%s %s\n", c->off, ctl_jstr(item, "label"));
	if (!with_files)
		return;
	for (i = 0; i < ctl_jlen(files); i++) {
		struct json_object *f = json_object_array_get_idx(files, i);
		struct json_object *fr;
		bool fresh = true;

		if (json_object_object_get_ex(f, "fresh", &fr))
			fresh = json_object_get_boolean(fr);
		printf("            ");
		print_path(ctl_jstr(f, "path"));
		printf("  %s(%s %.10s%s%s)%s\n", c->dim,
		    word(l, strcmp(ctl_jstr(f, "date_source"), "text") == 0 ?
		    W_DATE_TEXT : strcmp(ctl_jstr(f, "date_source"),
		    "metadata") == 0 ? W_DATE_META : W_DATE_MTIME),
		    ctl_jstr(f, "date"), fresh ? "" : ", ",
		    fresh ? "" : word(l, W_TOO_OLD), c->off);
	}
	for (i = 0; i < ctl_jlen(cands); i++) {
		struct json_object *f = json_object_array_get_idx(cands, i);

		printf("          %s~ ", c->dim);
		print_path(ctl_jstr(f, "path"));
		printf(": %s%s\n", ctl_jstr(f, "reason"), c->off);
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

	for (i = 0; i < ctl_jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		const char *ph = ctl_jstr(cl, "phase");
		enum clause_state st = ctl_jstate(cl);

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

int
ctl_render_status(struct json_object *doc, const struct colors *c,
    enum report_lang l)
{
	struct json_object *clauses = ctl_jarr(doc, "clauses");
	struct json_object *probs = ctl_jarr(doc, "problems");
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
	    word(l, W_SHARE), c->off, ctl_jstr(doc, "share"), c->bold,
	    word(l, W_LEVEL), c->off, level, c->bold, word(l, W_GENERATED),
	    c->off, ctl_jstr(doc, "generated_at"));
	ctl_print_padded(word(l, W_PHASE), width);
	for (s = 0; s < CLAUSE_STATE_COUNT; s++) {
		putchar(' ');
		ctl_print_cell(head[s], col[s], true);
	}
	putchar('\n');
	for (k = 0; k < nrows; k++) {
		ctl_print_padded(rows[k].phase[0] ? rows[k].phase :
		    word(l, W_NOPHASE), width);
		for (s = 0; s < CLAUSE_STATE_COUNT; s++)
			printf(" %*zu", col[s], rows[k].count[s]);
		putchar('\n');
	}
	ctl_print_padded(word(l, W_TOTAL), width);
	for (s = 0; s < CLAUSE_STATE_COUNT; s++)
		printf(" %s%*zu%s", c->on[s], col[s], total[s], c->off);
	putchar('\n');

	if (uncovered)
		printf("\n%s%s%s\n", c->bold, word(l, W_UNCOVERED), c->off);
	for (i = 0; i < ctl_jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		enum clause_state st = ctl_jstate(cl);

		if (st == CLAUSE_COVERED || st == CLAUSE_NOT_APPLICABLE)
			continue;
		printf("  %s", c->on[st]);
		ctl_print_padded(report_state_word(st, l), 8);
		printf("%s ", c->off);
		ctl_print_cell(ctl_jstr(cl, "id"), 4, true);
		printf("  %s\n", ctl_jstr(cl, "text"));
	}
	if (ctl_jlen(probs) > 0) {
		printf("\n%s", c->bold);
		printf(word(l, W_PROBLEMS), ctl_jlen(probs));
		printf("%s\n", c->off);
		for (i = 0; i < ctl_jlen(probs); i++) {
			struct json_object *p =
			    json_object_array_get_idx(probs, i);

			printf("  ");
			print_path(ctl_jstr(p, "path"));
			printf(": %s\n", ctl_jstr(p, "problem"));
		}
	}
	return uncovered ? EXIT_UNCOVERED : EXIT_OK;
}

struct json_object *
ctl_find_clause(struct json_object *doc, const char *id)
{
	struct json_object *clauses = ctl_jarr(doc, "clauses");
	size_t i;

	for (i = 0; i < ctl_jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);

		if (strcmp(ctl_jstr(cl, "id"), id) == 0)
			return cl;
	}
	return NULL;
}

void
ctl_render_clause(struct json_object *cl, const struct colors *c,
    enum report_lang l)
{
	struct json_object *ev = ctl_jarr(cl, "evidence");
	struct json_object *levels = ctl_jarr(cl, "levels");
	enum clause_state st = ctl_jstate(cl);
	size_t i;

	printf("%s%s %s%s  %s%s%s\n", c->bold, word(l, W_CLAUSE),
	    ctl_jstr(cl, "id"), c->off, c->on[st], report_state_word(st, l),
	    c->off);
	if (ctl_jstr(cl, "phase")[0])
		printf("  %s: %s\n", word(l, W_PHASE), ctl_jstr(cl, "phase"));
	printf("  %s: %s\n", word(l, W_TEXT), ctl_jstr(cl, "text"));
	if (ctl_jstr(cl, "proof")[0])
		printf("  %s: %s\n", word(l, W_PROOF), ctl_jstr(cl, "proof"));
	printf("  %s:", word(l, W_LEVELS));
	for (i = 0; i < ctl_jlen(levels); i++)
		printf(" %d", json_object_get_int(
		    json_object_array_get_idx(levels, i)));
	printf("\n");
	if (ctl_jstr(cl, "note")[0])
		printf("  %s: %s\n", word(l, W_NOTE), ctl_jstr(cl, "note"));
	printf("  %s:\n", word(l, W_EVIDENCE));
	for (i = 0; i < ctl_jlen(ev); i++)
		ctl_print_item_lines(json_object_array_get_idx(ev, i), c, true,
		    l);
}
