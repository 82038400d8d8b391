/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * report.c - the filled-in 自评估表 (md, csv, html, xlsx) from a status
 * document, the form's words for terminal output, display width, and the
 * Nagios/Icinga check.
 *
 * The document is read defensively: it is a file on disk that another
 * version may have written, so every field may be missing or of the wrong
 * type (jstr() then gives "").  The form is first built into rows (struct
 * form), then each format writes the same rows, so the four outputs can
 * never disagree on a verdict.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <xlsxwriter.h>

#include "evidenced/dates.h"
#include "evidenced/pathname.h"
#include "evidenced/config.h"
#include "evidenced/report.h"
#include "evidenced/status.h"

#define FORM_TITLE "信息系统安全运维服务资质认证自评估表"
#define XLSX_MAX_CELL 32000     /* Excel's limit is 32767 characters */

static const char *const form_columns[6] = {
	"序号", "要点", "条款", "需提供证明材料", "自评估结论", "证明材料清单",
};

static const char *const level_names[4] = { "", "一级", "二级", "三级" };

/* ---- JSON access --------------------------------------------------- */

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

static struct json_object *
jarr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

static size_t
jlen(struct json_object *a)
{
	return a != NULL ? json_object_array_length(a) : 0;
}

static int
jint(struct json_object *o, const char *key, int dflt)
{
	struct json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_int))
		return dflt;
	return json_object_get_int(v);
}

static bool
jbool(struct json_object *o, const char *key)
{
	struct json_object *v;

	return o != NULL && json_object_object_get_ex(o, key, &v) &&
	    json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v);
}

/* ---- verdicts and words -------------------------------------------- */

enum report_verdict
report_verdict_of(enum clause_state st)
{
	switch (st) {
	case CLAUSE_COVERED:
		return VERDICT_CONFORM;
	case CLAUSE_PARTIAL:
	case CLAUSE_STALE:
		return VERDICT_PARTIAL;
	case CLAUSE_NOT_APPLICABLE:
		return VERDICT_NA;
	default:
		return VERDICT_NONCONFORM;
	}
}

const char *
report_verdict_label(enum report_verdict v)
{
	static const char *const names[VERDICT_COUNT] = {
		"符合", "部分符合", "不符合", "不适用",
	};

	return (unsigned)v < VERDICT_COUNT ? names[v] : "";
}

const char *
report_state_word(enum clause_state st, enum report_lang l)
{
	static const char *const zh[CLAUSE_STATE_COUNT] = {
		"符合", "部分", "缺失", "过期", "不适用",
	};

	if ((unsigned)st >= CLAUSE_STATE_COUNT)
		return "";
	return l == REPORT_LANG_EN ? clause_state_name(st) : zh[st];
}

const char *
report_item_word(const char *item_state, enum report_lang l)
{
	if (l == REPORT_LANG_EN)
		return item_state;
	if (strcmp(item_state, "found") == 0)
		return "已有";
	if (strcmp(item_state, "stale") == 0)
		return "过期";
	return "缺失";
}

int
report_lang_pick(const char *lang, enum report_lang *out)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *loc = NULL;
	size_t i;

	if (lang != NULL) {
		if (strcmp(lang, "zh") == 0 || strncmp(lang, "zh_", 3) == 0)
			*out = REPORT_LANG_ZH;
		else if (strcmp(lang, "en") == 0 ||
		    strncmp(lang, "en_", 3) == 0)
			*out = REPORT_LANG_EN;
		else
			return -EINVAL;
		return 0;
	}
	/* The POSIX precedence: the first of these that is set decides. */
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]) && loc == NULL; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && v[0] != '\0')
			loc = v;
	}
	*out = REPORT_LANG_ZH;
	if (loc != NULL && (strcmp(loc, "C") == 0 || strncmp(loc, "C.", 2) == 0 ||
	    strcmp(loc, "POSIX") == 0 || strncmp(loc, "en", 2) == 0))
		*out = REPORT_LANG_EN;
	return 0;
}

int
report_display_width(const char *s)
{
	const char *p = s, *end = s + strlen(s);
	int w = 0;

	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);

		if (c == (gunichar)-1 || c == (gunichar)-2) {
			w++;
			p++;
			continue;
		}
		if (g_unichar_iszerowidth(c))
			;
		else if (g_unichar_iswide(c))
			w += 2;
		else
			w++;
		p = g_utf8_next_char(p);
	}
	return w;
}

int
report_format_parse(const char *name, enum report_format *out)
{
	static const char *const names[] = { "md", "csv", "html", "xlsx" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum report_format)i;
			return 0;
		}
	return -EINVAL;
}

static bool
clause_has_level(struct json_object *clause, int level)
{
	struct json_object *levels = jarr(clause, "levels");
	size_t i;

	for (i = 0; i < jlen(levels); i++)
		if (json_object_get_int(json_object_array_get_idx(levels, i)) ==
		    level)
			return true;
	return false;
}

enum clause_state
report_clause_state(struct json_object *clause, int doc_level, int level)
{
	struct json_object *ev = jarr(clause, "evidence");
	enum clause_state st = CLAUSE_MISSING;
	size_t found = 0, stale = 0, missing = 0, i;

	if (level == doc_level || level == 0) {
		(void)clause_state_parse(jstr(clause, "state"), &st);
		return st;
	}
	if (!clause_has_level(clause, level))
		return CLAUSE_NOT_APPLICABLE;
	/* Same rule as verdict.c on the item states the document kept. */
	for (i = 0; i < jlen(ev); i++) {
		const char *s = jstr(json_object_array_get_idx(ev, i), "state");

		if (strcmp(s, "found") == 0)
			found++;
		else if (strcmp(s, "stale") == 0)
			stale++;
		else
			missing++;
	}
	if (jlen(ev) == 0 || missing == jlen(ev))
		return CLAUSE_MISSING;
	if (found == jlen(ev))
		return CLAUSE_COVERED;
	return missing == 0 ? CLAUSE_STALE : CLAUSE_PARTIAL;
}

/* ---- the form as rows ---------------------------------------------- */

/* One line of the 证明材料清单: a proving file, or an item nothing proves. */
struct entry {
	char *shown;            /* path as printed (escaped), or NULL */
	const char *path;       /* raw share-relative path, for links */
	char date[16];          /* local YYYY-MM-DD, or "" */
	bool stale;             /* counts, but too old */
	const char *missing;    /* label of an item with no file, or NULL */
};

struct row {
	const char *id, *phase, *text;
	char *proof;            /* proof, or the items' labels */
	bool phase_first, site;
	enum clause_state state;
	enum report_verdict verdict;
	size_t n_ent;
	struct entry *ent;
};

struct phase_sum {
	const char *phase;
	size_t count[CLAUSE_STATE_COUNT];
};

struct form {
	int level;
	const char *share, *generated;
	char generated_local[32];
	size_t n_rows;
	struct row *rows;
	size_t n_phases;
	struct phase_sum *phases;
	size_t verdicts[VERDICT_COUNT];
};

static void
form_free(struct form *f)
{
	size_t i, j;

	for (i = 0; i < f->n_rows; i++) {
		for (j = 0; j < f->rows[i].n_ent; j++)
			free(f->rows[i].ent[j].shown);
		free(f->rows[i].ent);
		free(f->rows[i].proof);
	}
	free(f->rows);
	free(f->phases);
	memset(f, 0, sizeof(*f));
}

/* RFC 3339 UTC from the document -> the local calendar day (the day the
 * quality manager sees on the document itself), "" when unparsable. */
static void
local_day(const char *rfc3339, char *buf, size_t size, bool with_time)
{
	struct tm tm;
	time_t t;

	buf[0] = '\0';
	if (rfc3339[0] == '\0' || dates_parse_iso(rfc3339, &t) < 0 ||
	    localtime_r(&t, &tm) == NULL)
		return;
	strftime(buf, size, with_time ? "%Y-%m-%d %H:%M" : "%Y-%m-%d", &tm);
}

static int
row_add_entry(struct row *r, const struct entry *e)
{
	struct entry *n = realloc(r->ent, (r->n_ent + 1) * sizeof(*n));

	if (n == NULL)
		return -ENOMEM;
	r->ent = n;
	r->ent[r->n_ent++] = *e;
	return 0;
}

/* The files that prove the clause (each once, in item order), then the
 * items that nothing proves.  Not-applicable rows list nothing. */
static int
row_entries(struct row *r, struct json_object *clause)
{
	struct json_object *ev = jarr(clause, "evidence");
	GHashTable *seen;       /* paths listed, borrowed from the document */
	size_t i, j;
	int rc = 0;

	if (r->state == CLAUSE_NOT_APPLICABLE)
		return 0;
	seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < jlen(ev) && rc == 0; i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);
		struct json_object *files = jarr(it, "files");

		for (j = 0; j < jlen(files); j++) {
			struct json_object *f =
			    json_object_array_get_idx(files, j);
			struct entry e;

			if (status_file_path(f)[0] == '\0' ||
			    !g_hash_table_add(seen,
			    (gpointer)status_file_path(f)))
				continue;
			memset(&e, 0, sizeof(e));
			e.path = status_file_path(f);
			e.shown = pathname_escape(e.path);
			if (e.shown == NULL) {
				rc = -ENOMEM;
				break;
			}
			local_day(status_file_date(f), e.date, sizeof(e.date),
			    false);
			e.stale = status_file_stale(f);
			if ((rc = row_add_entry(r, &e)) < 0) {
				free(e.shown);
				break;
			}
		}
	}
	g_hash_table_destroy(seen);
	for (i = 0; i < jlen(ev) && rc == 0; i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);
		struct entry e;

		if (strcmp(jstr(it, "state"), "missing") != 0)
			continue;
		memset(&e, 0, sizeof(e));
		e.missing = jstr(it, "label")[0] ? jstr(it, "label") :
		    jstr(it, "id");
		rc = row_add_entry(r, &e);
	}
	return rc;
}

/* Site clauses carry no proof text: what their items ask for is it. */
static char *
row_proof(struct json_object *clause)
{
	struct json_object *ev = jarr(clause, "evidence");
	GString *s;
	size_t i;

	if (jstr(clause, "proof")[0] != '\0')
		return strdup(jstr(clause, "proof"));
	s = g_string_new(NULL);
	for (i = 0; i < jlen(ev); i++) {
		if (i > 0)
			g_string_append(s, "；\n");
		g_string_append(s, jstr(json_object_array_get_idx(ev, i),
		    "label"));
	}
	return g_string_free(s, FALSE);
}

static bool
is_form_id(const char *id)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(id, &end, 10);
	return id[0] >= '0' && id[0] <= '9' && *end == '\0' && errno == 0 &&
	    n >= 1 && n <= 71;
}

static int
form_phase(struct form *f, const char *phase, enum clause_state st)
{
	struct phase_sum *n;
	size_t k;

	for (k = 0; k < f->n_phases; k++)
		if (strcmp(f->phases[k].phase, phase) == 0)
			break;
	if (k == f->n_phases) {
		n = realloc(f->phases, (k + 1) * sizeof(*n));
		if (n == NULL)
			return -ENOMEM;
		f->phases = n;
		memset(&n[k], 0, sizeof(n[k]));
		n[k].phase = phase;
		f->n_phases++;
	}
	f->phases[k].count[st]++;
	return 0;
}

static int
form_build(struct json_object *doc, int level, struct form *f, char *err,
    size_t errlen)
{
	struct json_object *clauses = jarr(doc, "clauses");
	const char *cur = "";
	int doc_level, rc;
	size_t i;

	memset(f, 0, sizeof(*f));
	if (clauses == NULL) {
		snprintf(err, errlen, "the status document has no clauses");
		return -EINVAL;
	}
	doc_level = jint(doc, "level", 0);
	f->level = level != 0 ? level : doc_level;
	f->share = jstr(doc, "share");
	f->generated = jstr(doc, "generated_at");
	local_day(f->generated, f->generated_local,
	    sizeof(f->generated_local), true);
	f->rows = calloc(jlen(clauses) + 1, sizeof(*f->rows));
	if (f->rows == NULL)
		goto nomem;
	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		struct row *r = &f->rows[f->n_rows++];

		r->id = jstr(cl, "id");
		r->text = jstr(cl, "text");
		r->site = !is_form_id(r->id);
		/* The form writes a phase once, on its first row. */
		r->phase_first = jstr(cl, "phase")[0] != '\0' &&
		    strcmp(jstr(cl, "phase"), cur) != 0;
		if (jstr(cl, "phase")[0] != '\0')
			cur = jstr(cl, "phase");
		r->phase = cur;
		r->state = report_clause_state(cl, doc_level, f->level);
		r->verdict = report_verdict_of(r->state);
		f->verdicts[r->verdict]++;
		r->proof = row_proof(cl);
		if (r->proof == NULL || row_entries(r, cl) < 0 ||
		    form_phase(f, cur, r->state) < 0)
			goto nomem;
	}
	return 0;
nomem:
	rc = -ENOMEM;
	snprintf(err, errlen, "out of memory");
	form_free(f);
	return rc;
}

/* What follows a file's name: "（2026-03-15）", "（2024-01-01，已过期）". */
static void
entry_suffix(GString *s, const struct entry *e)
{
	if (e->date[0] != '\0' || e->stale)
		g_string_append_printf(s, "（%s%s%s）", e->date,
		    e->date[0] != '\0' && e->stale ? "，" : "",
		    e->stale ? "已过期" : "");
}

/* "path（2026-03-15）", "path（2024-01-01，已过期）", "缺：label". */
static void
entry_text(GString *s, const struct entry *e)
{
	if (e->missing != NULL) {
		g_string_append_printf(s, "缺：%s", e->missing);
		return;
	}
	g_string_append(s, e->shown);
	entry_suffix(s, e);
}

/* The 证明材料清单 as plain text, one entry per line. */
static char *
entries_plain(const struct row *r)
{
	GString *s = g_string_new(NULL);
	size_t i;

	for (i = 0; i < r->n_ent; i++) {
		if (i > 0)
			g_string_append_c(s, '\n');
		entry_text(s, &r->ent[i]);
	}
	return g_string_free(s, FALSE);
}

/*
 * text as markup (html, or markdown that renders as html): &, < and > as
 * entities so a file name can never add markup, quotes too in html
 * attributes, newlines as nl; in a markdown table "|" as "\\|".
 */
static void
markup_text(GString *s, const char *text, const char *nl, bool md)
{
	const char *p;

	for (p = text; *p != '\0'; p++) {
		switch (*p) {
		case '<':
			g_string_append(s, "&lt;");
			break;
		case '>':
			g_string_append(s, "&gt;");
			break;
		case '&':
			g_string_append(s, "&amp;");
			break;
		case '"':
			g_string_append(s, md ? "\"" : "&quot;");
			break;
		case '\'':
			g_string_append(s, md ? "'" : "&#39;");
			break;
		case '|':
			g_string_append(s, md ? "\\|" : "|");
			break;
		case '\n':
			g_string_append(s, nl);
			break;
		case '\r':
			break;
		default:
			g_string_append_c(s, *p);
		}
	}
}

/* ---- markdown ------------------------------------------------------ */

/* A table cell: no raw HTML from file names, no column breaks, lines
 * joined with <br>. */
static void
md_cell(GString *s, const char *text)
{
	g_string_append_c(s, ' ');
	markup_text(s, text, "<br>", true);
	g_string_append(s, " |");
}

static void
render_md(const struct form *f, GString *s)
{
	size_t i, c;

	g_string_append_printf(s, "# %s\n\n", FORM_TITLE);
	g_string_append_printf(s, "- 申报级别：%s\n",
	    f->level >= 1 && f->level <= 3 ? level_names[f->level] : "");
	g_string_append_printf(s, "- 证明材料目录：%s\n", f->share);
	g_string_append_printf(s, "- 评估时间：%s\n", f->generated_local);
	g_string_append_printf(s, "- 结论：符合 %zu，部分符合 %zu，不符合 %zu，"
	    "不适用 %zu\n\n", f->verdicts[VERDICT_CONFORM],
	    f->verdicts[VERDICT_PARTIAL], f->verdicts[VERDICT_NONCONFORM],
	    f->verdicts[VERDICT_NA]);
	g_string_append(s, "|");
	for (c = 0; c < 6; c++)
		md_cell(s, form_columns[c]);
	g_string_append(s, "\n|---|---|---|---|---|---|\n");
	for (i = 0; i < f->n_rows; i++) {
		const struct row *r = &f->rows[i];
		char *list = entries_plain(r);

		g_string_append(s, "|");
		md_cell(s, r->id);
		md_cell(s, r->phase_first ? r->phase : "");
		md_cell(s, r->text);
		md_cell(s, r->proof);
		md_cell(s, report_verdict_label(r->verdict));
		md_cell(s, list);
		g_string_append_c(s, '\n');
		g_free(list);
	}
}

/* ---- csv ----------------------------------------------------------- */

/*
 * RFC 4180 field.  A cell Excel would read as a formula (=, +, -, @ first:
 * a file named "=HYPERLINK(...)" on the share) gets a leading apostrophe,
 * so opening the form can never run anything.
 */
static void
csv_field(GString *s, const char *text, bool last)
{
	const char *p;

	g_string_append_c(s, '"');
	if (strchr("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
		g_string_append_c(s, '\'');
	for (p = text; *p != '\0'; p++) {
		if (*p == '"')
			g_string_append_c(s, '"');
		if (*p == '\n')
			g_string_append(s, "\r\n");
		else
			g_string_append_c(s, *p);
	}
	g_string_append(s, last ? "\"\r\n" : "\",");
}

static void
render_csv(const struct form *f, GString *s)
{
	size_t i, c;

	g_string_append(s, "\xEF\xBB\xBF");     /* BOM: Excel reads UTF-8 */
	for (c = 0; c < 6; c++)
		csv_field(s, form_columns[c], c == 5);
	for (i = 0; i < f->n_rows; i++) {
		const struct row *r = &f->rows[i];
		char *list = entries_plain(r);

		/* Every row repeats its phase so filters in Excel work. */
		csv_field(s, r->id, false);
		csv_field(s, r->phase, false);
		csv_field(s, r->text, false);
		csv_field(s, r->proof, false);
		csv_field(s, report_verdict_label(r->verdict), false);
		csv_field(s, list, true);
		g_free(list);
	}
}

/* ---- html ---------------------------------------------------------- */

static void
html_text(GString *s, const char *text, bool br)
{
	markup_text(s, text, br ? "<br>" : " ", false);
}

/*
 * The link to a file: base (kept as written, except that bytes a URL may
 * not hold are percent-encoded) + the share-relative path with every byte
 * but unreserved ones and "/" percent-encoded, so "#", "?", "%" and CJK in
 * a file name can never break or redirect the link.
 */
static void
html_href(GString *s, const struct form *f, const char *base,
    const char *path)
{
	char *b, *p;
	GString *u = g_string_new(NULL);

	if (base == NULL || base[0] == '\0') {
		b = g_uri_escape_string(f->share, "/", FALSE);
		g_string_append_printf(u, "file://%s", b);
	} else {
		b = g_uri_escape_string(base, ":/?#[]@!$&'()*+,;=%~", FALSE);
		g_string_append(u, b);
	}
	if (u->len == 0 || u->str[u->len - 1] != '/')
		g_string_append_c(u, '/');
	p = g_uri_escape_string(path, "/", FALSE);
	g_string_append(u, p);
	html_text(s, u->str, false);
	g_free(b);
	g_free(p);
	g_string_free(u, TRUE);
}

static const char html_style[] =
"body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"SimSun\","
"sans-serif;margin:1.5em;color:#222}\n"
"h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.1em;margin:1em 0 .4em}\n"
".meta{color:#555;margin:.2em 0}\n"
"table{border-collapse:collapse;width:100%}\n"
"th,td{border:1px solid #999;padding:.25em .4em;vertical-align:top;"
"text-align:left;font-size:.9em}\n"
"thead th{background:#e8e8e8}\n"
"table.form td.no,table.form td.verdict{white-space:nowrap;"
"text-align:center}\n"
"table.form ul{margin:0;padding-left:1.1em}\n"
"table.form th:nth-child(1){width:3em}table.form th:nth-child(2){width:8em}"
"table.form th:nth-child(5){width:5em}table.form th:nth-child(6){width:26%}\n"
".bar{display:flex;height:1em;width:100%;min-width:12em;"
"background:#eee;border:1px solid #999}\n"
".bar span{display:block;height:100%}\n"
".c-covered{background:#4caf50}.c-partial{background:#ffc107}"
".c-missing{background:#e53935}.c-stale{background:#8e24aa}"
".c-na{background:#bdbdbd}\n"
".legend span{display:inline-block;width:.9em;height:.9em;"
"margin:0 .2em 0 .8em;vertical-align:middle}\n"
"tr.s-missing td{background:#fde0dc}tr.s-stale td{background:#f3e5f5}"
"tr.s-partial td{background:#fff8e1}tr.s-na td{color:#888}\n"
"tr.s-missing td.verdict{color:#b71c1c;font-weight:bold}"
"tr.s-stale td.verdict{color:#6a1b9a;font-weight:bold}\n"
"li.missing{color:#b71c1c;font-weight:bold}"
"li.stale,li.stale a{color:#6a1b9a;font-weight:bold}\n"
"td.num{text-align:right}\n"
"@media print{body{margin:0}a{color:inherit;text-decoration:none}"
"thead{display:table-header-group}tr{break-inside:avoid}"
"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

static const char *const state_class[CLAUSE_STATE_COUNT] = {
	"covered", "partial", "missing", "stale", "na",
};

static void
html_coverage(const struct form *f, GString *s)
{
	size_t k, st;

	g_string_append(s, "<h2>各阶段覆盖情况</h2>\n<table class=\"phases\">"
	    "<thead><tr><th>要点</th><th>符合</th><th>部分</th><th>缺失</th>"
	    "<th>过期</th><th>不适用</th><th>覆盖</th></tr></thead><tbody>\n");
	for (k = 0; k < f->n_phases; k++) {
		const struct phase_sum *p = &f->phases[k];
		size_t appl = 0;

		for (st = 0; st < CLAUSE_NOT_APPLICABLE; st++)
			appl += p->count[st];
		g_string_append(s, "<tr><td>");
		html_text(s, p->phase[0] ? p->phase : "（未分阶段）", false);
		g_string_append(s, "</td>");
		for (st = 0; st < CLAUSE_STATE_COUNT; st++)
			g_string_append_printf(s, "<td class=\"num\">%zu</td>",
			    p->count[st]);
		/* The bar: applicable clauses only, as shares of 100%. */
		g_string_append(s, "<td><div class=\"bar\">");
		for (st = 0; st < CLAUSE_NOT_APPLICABLE && appl > 0; st++)
			if (p->count[st] > 0)
				g_string_append_printf(s, "<span class=\"c-%s\" "
				    "style=\"width:%.1f%%\"></span>",
				    state_class[st],
				    100.0 * (double)p->count[st] / (double)appl);
		g_string_append(s, "</div></td></tr>\n");
	}
	g_string_append(s, "</tbody></table>\n<p class=\"legend\">"
	    "<span class=\"c-covered\"></span>符合"
	    "<span class=\"c-partial\"></span>部分"
	    "<span class=\"c-missing\"></span>缺失"
	    "<span class=\"c-stale\"></span>过期</p>\n");
}

static void
html_entries(const struct form *f, const struct row *r, const char *base,
    GString *s)
{
	size_t i;

	if (r->n_ent == 0)
		return;
	g_string_append(s, "<ul>");
	for (i = 0; i < r->n_ent; i++) {
		const struct entry *e = &r->ent[i];

		if (e->missing != NULL) {
			g_string_append(s, "<li class=\"missing\">缺：");
			html_text(s, e->missing, false);
			g_string_append(s, "</li>");
			continue;
		}
		g_string_append_printf(s, "<li%s><a href=\"",
		    e->stale ? " class=\"stale\"" : "");
		html_href(s, f, base, e->path);
		g_string_append(s, "\">");
		html_text(s, e->shown, false);
		g_string_append(s, "</a>");
		entry_suffix(s, e);
		g_string_append(s, "</li>");
	}
	g_string_append(s, "</ul>");
}

static void
render_html(const struct form *f, const char *base, GString *s)
{
	size_t i, c;

	g_string_append(s, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>" FORM_TITLE "</title>\n<style>\n");
	g_string_append(s, html_style);
	g_string_append(s, "</style>\n</head>\n<body>\n<h1>" FORM_TITLE
	    "</h1>\n<p class=\"meta\">申报级别：");
	html_text(s, f->level >= 1 && f->level <= 3 ? level_names[f->level] :
	    "", false);
	g_string_append(s, "　证明材料目录：");
	html_text(s, f->share, false);
	g_string_append(s, "　评估时间：");
	html_text(s, f->generated_local, false);
	g_string_append_printf(s, "</p>\n<p class=\"meta\">结论：符合 %zu，"
	    "部分符合 %zu，不符合 %zu，不适用 %zu</p>\n",
	    f->verdicts[VERDICT_CONFORM], f->verdicts[VERDICT_PARTIAL],
	    f->verdicts[VERDICT_NONCONFORM], f->verdicts[VERDICT_NA]);
	html_coverage(f, s);
	g_string_append(s, "<h2>自评估表</h2>\n<table class=\"form\"><thead>"
	    "<tr>");
	for (c = 0; c < 6; c++)
		g_string_append_printf(s, "<th>%s</th>", form_columns[c]);
	g_string_append(s, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < f->n_rows; i++) {
		const struct row *r = &f->rows[i];

		g_string_append_printf(s, "<tr class=\"s-%s%s\" id=\"c-",
		    state_class[r->state], r->site ? " site" : "");
		html_text(s, r->id, false);
		g_string_append(s, "\"><td class=\"no\">");
		html_text(s, r->id, false);
		g_string_append(s, "</td><td>");
		html_text(s, r->phase_first ? r->phase : "", true);
		g_string_append(s, "</td><td>");
		html_text(s, r->text, true);
		g_string_append(s, "</td><td>");
		html_text(s, r->proof, true);
		g_string_append_printf(s, "</td><td class=\"verdict\">%s</td>"
		    "<td>", report_verdict_label(r->verdict));
		html_entries(f, r, base, s);
		g_string_append(s, "</td></tr>\n");
	}
	g_string_append(s, "</tbody></table>\n</body>\n</html>\n");
}

/* ---- xlsx ---------------------------------------------------------- */

struct xlsx_fmt {
	lxw_format *head, *cell, *center, *verdict[VERDICT_COUNT];
};

static void
xlsx_formats(lxw_workbook *wb, struct xlsx_fmt *x)
{
	static const lxw_color_t bg[VERDICT_COUNT] = {
		0xC8E6C9, 0xFFECB3, 0xFFCDD2, 0xE0E0E0,
	};
	size_t v;

	x->head = workbook_add_format(wb);
	format_set_bold(x->head);
	format_set_bg_color(x->head, 0xE8E8E8);
	format_set_border(x->head, LXW_BORDER_THIN);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_CENTER);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->cell = workbook_add_format(wb);
	format_set_text_wrap(x->cell);
	format_set_border(x->cell, LXW_BORDER_THIN);
	format_set_align(x->cell, LXW_ALIGN_VERTICAL_TOP);
	x->center = workbook_add_format(wb);
	format_set_text_wrap(x->center);
	format_set_border(x->center, LXW_BORDER_THIN);
	format_set_align(x->center, LXW_ALIGN_CENTER);
	format_set_align(x->center, LXW_ALIGN_VERTICAL_TOP);
	/* Differential formats for the conditional colours. */
	for (v = 0; v < VERDICT_COUNT; v++) {
		x->verdict[v] = workbook_add_format(wb);
		format_set_bg_color(x->verdict[v], bg[v]);
		if (v == VERDICT_NONCONFORM)
			format_set_font_color(x->verdict[v], 0x9C0006);
	}
}

/* Excel refuses cells over 32767 characters: cut at a character. */
static void
xlsx_string(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
    lxw_format *fmt)
{
	const char *end;

	if (g_utf8_strlen(s, -1) <= XLSX_MAX_CELL) {
		worksheet_write_string(ws, r, c, s, fmt);
		return;
	}
	end = g_utf8_offset_to_pointer(s, XLSX_MAX_CELL);
	{
		char *cut = g_strndup(s, (gsize)(end - s));
		char *msg = g_strconcat(cut, "\n…", NULL);

		worksheet_write_string(ws, r, c, msg, fmt);
		g_free(cut);
		g_free(msg);
	}
}

static void
xlsx_form_sheet(const struct form *f, lxw_workbook *wb,
    const struct xlsx_fmt *x)
{
	static const double widths[6] = { 7, 18, 42, 42, 11, 56 };
	lxw_worksheet *ws = workbook_add_worksheet(wb, "自评估表");
	lxw_conditional_format cf;
	size_t i, c;
	char *end;

	for (c = 0; c < 6; c++) {
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c],
		    NULL);
		worksheet_write_string(ws, 0, (lxw_col_t)c, form_columns[c],
		    x->head);
	}
	for (i = 0; i < f->n_rows; i++) {
		const struct row *r = &f->rows[i];
		lxw_row_t y = (lxw_row_t)(i + 1);
		char *list = entries_plain(r);
		long n = strtol(r->id, &end, 10);

		/* Form numbers as numbers so the column sorts; site ids as
		 * text. */
		if (!r->site && *end == '\0')
			worksheet_write_number(ws, y, 0, (double)n, x->center);
		else
			xlsx_string(ws, y, 0, r->id, x->center);
		xlsx_string(ws, y, 1, r->phase, x->cell);
		xlsx_string(ws, y, 2, r->text, x->cell);
		xlsx_string(ws, y, 3, r->proof, x->cell);
		xlsx_string(ws, y, 4, report_verdict_label(r->verdict),
		    x->center);
		xlsx_string(ws, y, 5, list, x->cell);
		g_free(list);
	}
	for (c = 0; c < VERDICT_COUNT && f->n_rows > 0; c++) {
		char val[32];

		memset(&cf, 0, sizeof(cf));
		snprintf(val, sizeof(val), "\"%s\"",
		    report_verdict_label((enum report_verdict)c));
		cf.type = LXW_CONDITIONAL_TYPE_CELL;
		cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
		cf.value_string = val;
		cf.format = x->verdict[c];
		worksheet_conditional_format_range(ws, 1, 4,
		    (lxw_row_t)f->n_rows, 4, &cf);
	}
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)f->n_rows, 5);
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);     /* A4 */
	worksheet_repeat_rows(ws, 0, 0);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_set_footer(ws, "&C&P / &N");
}

static void
xlsx_phase_sheet(const struct form *f, lxw_workbook *wb,
    const struct xlsx_fmt *x)
{
	static const char *const heads[6] = {
		"要点", "符合", "部分", "缺失", "过期", "不适用",
	};
	lxw_worksheet *ws = workbook_add_worksheet(wb, "覆盖情况");
	size_t k, st;

	worksheet_set_column(ws, 0, 0, 40, NULL);
	worksheet_set_column(ws, 1, 5, 9, NULL);
	for (st = 0; st < 6; st++)
		worksheet_write_string(ws, 0, (lxw_col_t)st, heads[st],
		    x->head);
	for (k = 0; k < f->n_phases; k++) {
		xlsx_string(ws, (lxw_row_t)(k + 1), 0, f->phases[k].phase,
		    x->cell);
		for (st = 0; st < CLAUSE_STATE_COUNT; st++)
			worksheet_write_number(ws, (lxw_row_t)(k + 1),
			    (lxw_col_t)(st + 1),
			    (double)f->phases[k].count[st], x->center);
	}
	worksheet_freeze_panes(ws, 1, 0);
}

static int
render_xlsx(const struct form *f, const char *path, char *err,
    size_t errlen)
{
	lxw_workbook *wb = workbook_new(path);
	struct xlsx_fmt x;
	lxw_error e;

	if (wb == NULL) {
		snprintf(err, errlen, "%s: cannot create the workbook", path);
		return -EIO;
	}
	xlsx_formats(wb, &x);
	xlsx_form_sheet(f, wb, &x);
	xlsx_phase_sheet(f, wb, &x);
	e = workbook_close(wb);
	if (e != LXW_NO_ERROR) {
		snprintf(err, errlen, "%s: %s", path, lxw_strerror(e));
		return -EIO;
	}
	return 0;
}

/* ---- output -------------------------------------------------------- */

static GString *
render_text(const struct form *f, const struct report_options *o)
{
	GString *s = g_string_sized_new(64 * 1024);

	if (o->format == REPORT_MD)
		render_md(f, s);
	else if (o->format == REPORT_CSV)
		render_csv(f, s);
	else
		render_html(f, o->share_url, s);
	return s;
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t w;

	while (len > 0) {
		w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Copy the file at path to out (an xlsx rendered to a temporary file). */
static int
copy_file(const char *path, FILE *out)
{
	char buf[65536];
	size_t n;
	FILE *in = fopen(path, "rb");
	int rc = 0;

	if (in == NULL)
		return -errno;
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n) {
			rc = -EIO;
			break;
		}
	if (ferror(in))
		rc = -EIO;
	fclose(in);
	return rc;
}

int
report_render(struct json_object *doc, const struct report_options *o,
    FILE *out, char *err, size_t errlen)
{
	struct form f;
	int rc;

	if ((rc = form_build(doc, o->level, &f, err, errlen)) < 0)
		return rc;
	if (o->format == REPORT_XLSX) {
		const char *dir = getenv("TMPDIR");
		char tmp[PATH_MAX];
		int fd;

		snprintf(tmp, sizeof(tmp), "%s/evidenced-report-XXXXXX.xlsx",
		    dir != NULL && dir[0] != '\0' ? dir : "/tmp");
		fd = mkstemps(tmp, 5);
		if (fd < 0) {
			rc = -errno;
			snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
			goto done;
		}
		close(fd);
		rc = render_xlsx(&f, tmp, err, errlen);
		if (rc == 0 && (rc = copy_file(tmp, out)) < 0)
			snprintf(err, errlen, "writing the report: %s",
			    strerror(-rc));
		unlink(tmp);
	} else {
		GString *s = render_text(&f, o);

		if (fwrite(s->str, 1, s->len, out) != s->len) {
			rc = -EIO;
			snprintf(err, errlen, "writing the report: %s",
			    strerror(errno));
		}
		g_string_free(s, TRUE);
	}
done:
	form_free(&f);
	return rc;
}

int
report_write(struct json_object *doc, const struct report_options *o,
    const char *path, char *err, size_t errlen)
{
	char tmp[PATH_MAX];
	struct form f;
	int fd = -1, rc;

	if (snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid()) >=
	    (int)sizeof(tmp)) {
		snprintf(err, errlen, "%s: %s", path, strerror(ENAMETOOLONG));
		return -ENAMETOOLONG;
	}
	if ((rc = form_build(doc, o->level, &f, err, errlen)) < 0)
		return rc;
	if (o->format == REPORT_XLSX) {
		rc = render_xlsx(&f, tmp, err, errlen);
		if (rc < 0)
			goto fail;
		fd = open(tmp, O_RDONLY | O_CLOEXEC);
	} else {
		GString *s = render_text(&f, o);

		fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		rc = fd < 0 ? -errno : write_all(fd, s->str, s->len);
		g_string_free(s, TRUE);
		if (rc < 0)
			goto syserr;
	}
	/* The data must be on disk before the name points at it. */
	if (fd < 0 || fsync(fd) < 0) {
		rc = -errno;
		goto syserr;
	}
	rc = close(fd);
	fd = -1;
	if (rc < 0) {
		rc = -errno;
		goto syserr;
	}
	(void)chmod(tmp, 0644);
	if (rename(tmp, path) < 0) {
		rc = -errno;
		goto syserr;
	}
	form_free(&f);
	return 0;
syserr:
	snprintf(err, errlen, "%s: %s", path, strerror(-rc));
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	form_free(&f);
	return rc;
}

/* ---- check --------------------------------------------------------- */

int
report_parse_duration(const char *s, long *out)
{
	unsigned long long v;

	if (config_parse_duration(s, &v) < 0 || v > LONG_MAX)
		return -EINVAL;
	*out = (long)v;
	return 0;
}

/* The ids of clauses in state st, "12 35 40", at most a few. */
static void
ids_in_state(struct json_object *clauses, enum clause_state st, GString *s)
{
	size_t i, n = 0;

	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		enum clause_state cs = CLAUSE_MISSING;

		(void)clause_state_parse(jstr(cl, "state"), &cs);
		if (cs != st)
			continue;
		if (n++ == 8) {
			g_string_append(s, " …");
			break;
		}
		g_string_append_printf(s, "%s%s", n > 1 ? " " : "",
		    jstr(cl, "id"));
	}
}

/* Why no daemon stands behind doc, or NULL when one does. */
static const char *
no_daemon(struct json_object *doc, char *buf, size_t size)
{
	struct json_object *d, *pid;
	long p;

	if (!json_object_object_get_ex(doc, "daemon", &d) ||
	    !json_object_is_type(d, json_type_object))
		return "no daemon keeps this status (written by a one-shot "
		    "scan)";
	if (!json_object_object_get_ex(d, "pid", &pid) ||
	    !json_object_is_type(pid, json_type_int) ||
	    (p = (long)json_object_get_int64(pid)) <= 0 || p > INT_MAX) {
		snprintf(buf, size, "the status names no daemon pid");
		return buf;
	}
	/* Signal 0 only asks whether the process exists; EPERM: it does,
	 * under another user (the daemon's). */
	if (kill((pid_t)p, 0) < 0 && errno == ESRCH) {
		snprintf(buf, size, "evidenced (pid %ld) is not running", p);
		return buf;
	}
	return NULL;
}

/* Found items that go stale soon, as " 36/sla ..." into s; how many. */
static size_t
expiring_soon(struct json_object *clauses, time_t now, GString *s)
{
	size_t i, j, n = 0;

	for (i = 0; i < jlen(clauses); i++) {
		struct json_object *cl = json_object_array_get_idx(clauses, i);
		struct json_object *ev = jarr(cl, "evidence");

		if (strcmp(jstr(cl, "state"), "covered") != 0)
			continue;
		for (j = 0; j < jlen(ev); j++) {
			struct json_object *it = json_object_array_get_idx(ev,
			    j), *v;
			time_t exp;
			bool soon;

			if (json_object_object_get_ex(it, "expires_soon", &v))
				soon = json_object_get_boolean(v);
			else
				soon = dates_parse_iso(jstr(it, "expires_at"),
				    &exp) == 0 && exp > now &&
				    exp - now <= REPORT_EXPIRY_WARNING;
			if (soon && n++ < 8)
				g_string_append_printf(s, " %s/%s",
				    jstr(cl, "id"), jstr(it, "id"));
		}
	}
	return n;
}

enum check_state
report_check(struct json_object *doc, time_t now, long max_age, char *line,
    size_t linelen)
{
	static const char *const names[] = {
		"OK", "WARNING", "CRITICAL", "UNKNOWN",
	};
	static const enum clause_state listed[] = {
		CLAUSE_MISSING, CLAUSE_STALE, CLAUSE_PARTIAL,
	};
	struct json_object *clauses = jarr(doc, "clauses");
	size_t count[CLAUSE_STATE_COUNT] = { 0 }, appl, i;
	enum check_state cs = CHECK_OK;
	GString *msg = g_string_new(NULL), *soon = g_string_new(NULL);
	const char *why;
	char buf[128];
	size_t n_soon;
	time_t gen;

	for (i = 0; i < jlen(clauses); i++) {
		enum clause_state st = CLAUSE_MISSING;

		(void)clause_state_parse(jstr(json_object_array_get_idx(
		    clauses, i), "state"), &st);
		count[st]++;
	}
	appl = jlen(clauses) - count[CLAUSE_NOT_APPLICABLE];
	if (dates_parse_iso(jstr(doc, "generated_at"), &gen) < 0) {
		cs = CHECK_UNKNOWN;
		g_string_append(msg, "the status has no valid generated_at");
	} else if (max_age > 0 && now - gen > max_age) {
		cs = CHECK_UNKNOWN;
		g_string_append_printf(msg, "the status is %lds old (more than "
		    "--max-age %lds)", (long)(now - gen), max_age);
	} else if ((why = no_daemon(doc, buf, sizeof(buf))) != NULL) {
		cs = CHECK_UNKNOWN;
		g_string_append(msg, why);
	} else {
		if (count[CLAUSE_MISSING] + count[CLAUSE_STALE] > 0)
			cs = CHECK_CRITICAL;
		else if (count[CLAUSE_PARTIAL] > 0)
			cs = CHECK_WARNING;
		if ((n_soon = expiring_soon(clauses, now, soon)) > 0) {
			if (cs == CHECK_OK)
				cs = CHECK_WARNING;
			g_string_append_printf(msg, "%zu items expire soon (%s), ",
			    n_soon, soon->str + 1);
		}
		/* The daemon keeps the last known states while the share is
		 * gone: evidence nobody can open is an outage, not "OK". */
		if (jbool(doc, "share_unavailable")) {
			cs = CHECK_CRITICAL;
			g_string_append(msg, "share unavailable (last known "
			    "states), ");
		}
		for (i = 0; i < sizeof(listed) / sizeof(listed[0]); i++) {
			if (count[listed[i]] == 0)
				continue;
			g_string_append_printf(msg, "%zu %s (", count[listed[i]],
			    clause_state_name(listed[i]));
			ids_in_state(clauses, listed[i], msg);
			g_string_append(msg, "), ");
		}
		g_string_append_printf(msg, "%zu/%zu clauses covered",
		    count[CLAUSE_COVERED], appl);
		if (jbool(doc, "rescanning"))
			g_string_append(msg, " (rescanning)");
	}
	snprintf(line, linelen, "EVIDENCED %s - %s | covered=%zu;;;0;%zu "
	    "partial=%zu missing=%zu stale=%zu", names[cs], msg->str,
	    count[CLAUSE_COVERED], appl, count[CLAUSE_PARTIAL],
	    count[CLAUSE_MISSING], count[CLAUSE_STALE]);
	g_string_free(msg, TRUE);
	g_string_free(soon, TRUE);
	return cs;
}
