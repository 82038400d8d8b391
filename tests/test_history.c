/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_history.c - the state history (history.db): first scan, changes
 * with their causes, renames (no row), a restart (no burst), a reload's
 * cause, items leaving the rules, pruning, a corrupt or foreign file, the
 * read-only query (filters, JSON lines, the aligned Chinese table) and
 * --since parsing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <json-c/json.h>
#include <sqlite3.h>

#include "evidenced/history.h"
#include "evidenced/report.h"

#define T0 1780000000           /* 2026-05-28 */
#define DAY 86400

static char *dir;

/* A status document from JSON written with ' for ". */
static struct json_object *
mk(const char *fmt, ...)
{
	char buf[4096], *p;
	struct json_object *o;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	for (p = buf; *p != '\0'; p++)
		if (*p == '\'')
			*p = '"';
	o = json_tokener_parse(buf);
	assert_non_null(o);
	return o;
}

/* Clause 36 (items sla with file f or none, recovery) and clause 1. */
static struct json_object *
doc(const char *c36, const char *sla, const char *f, const char *c1)
{
	char files[256] = "";

	if (f != NULL)
		snprintf(files, sizeof(files), "{'path':'%s','fresh':true}", f);
	return mk("{'clauses':["
	    "{'id':'36','phase':'协议','state':'%s','evidence':["
	    "{'id':'sla','state':'%s','files':[%s]},"
	    "{'id':'recovery','state':'missing','files':[]}]},"
	    "{'id':'1','phase':'准备','state':'%s','evidence':["
	    "{'id':'doc','state':'found','files':[{'path':'1.docx'}]}]}]}",
	    c36, sla, files, c1);
}

/* Every file that stopped counting is gone, nobody saw how. */
static const char *
gone(void *ctx, const char *path)
{
	(void)ctx;
	(void)path;
	return "removed";
}

static int
record(struct history *h, struct json_object *d, time_t t, const char *cause)
{
	int n = history_record(h, d, t, cause, gone, NULL);

	json_object_put(d);
	return n;
}

/* The query's output as a string (caller frees); *n its return. */
static char *
query(const char *id, time_t since, bool json, enum report_lang l, int *n)
{
	struct history_query q = { id, since, json, l };
	char err[256], *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	*n = history_print(dir, &q, f, err, sizeof(err));
	fclose(f);
	return buf;
}

/* JSON lines into an array (caller puts). */
static struct json_object *
lines(const char *s)
{
	struct json_object *a = json_object_new_array();
	char **l = g_strsplit(s, "\n", -1);
	size_t i;

	for (i = 0; l[i] != NULL; i++) {
		struct json_object *o;

		if (l[i][0] == '\0')
			continue;
		o = json_tokener_parse(l[i]);
		assert_non_null(o);
		json_object_array_add(a, o);
	}
	g_strfreev(l);
	return a;
}

static const char *
field(struct json_object *a, size_t i, const char *key)
{
	struct json_object *v;

	assert_true(json_object_object_get_ex(json_object_array_get_idx(a, i),
	    key, &v));
	return json_object_get_string(v);
}

static int
setup(void **state)
{
	char tmpl[] = "/tmp/test_history.XXXXXX";

	(void)state;
	dir = g_strdup(mkdtemp(tmpl));
	return dir == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);

	(void)state;
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(dir);
	return 0;
}

static void
test_record(void **state)
{
	struct history *h;
	struct json_object *a;
	char *out;
	int n;

	(void)state;
	assert_int_equal(history_open(dir, 0, &h), 0);
	/* First scan: 2 clauses and 3 items, from nothing. */
	assert_int_equal(record(h, doc("partial", "found", "sla.docx",
	    "covered"), T0, NULL), 5);
	assert_int_equal(record(h, doc("partial", "found", "sla.docx",
	    "covered"), T0 + 1, NULL), 0);
	/* A rename: the same states, no row. */
	assert_int_equal(record(h, doc("partial", "found", "SLA-2027.docx",
	    "covered"), T0 + 2, NULL), 0);
	/* Deleted: the item and its clause, the file by its new name. */
	assert_int_equal(record(h, doc("missing", "missing", NULL,
	    "covered"), T0 + 10, NULL), 2);
	/* Restored (within any grace period: the history has none). */
	assert_int_equal(record(h, doc("partial", "found", "sla.docx",
	    "covered"), T0 + 12, NULL), 2);
	history_close(h);

	/* A restart with the same states: nothing new. */
	assert_int_equal(history_open(dir, 0, &h), 0);
	assert_int_equal(record(h, doc("partial", "found", "sla.docx",
	    "covered"), T0 + 100, NULL), 0);
	/* The first status after a reload says so. */
	assert_int_equal(record(h, doc("partial", "found", "sla.docx",
	    "partial"), T0 + 200, "rules_reloaded"), 1);
	/* An item and a clause the rules no longer have. */
	assert_int_equal(record(h, mk("{'clauses':[{'id':'36','phase':'协议',"
	    "'state':'partial','evidence':[{'id':'sla','state':'found',"
	    "'files':[{'path':'sla.docx'}]}]}]}"), T0 + 300, NULL), 3);
	history_close(h);

	out = query(NULL, 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 5 + 2 + 2 + 1 + 3);
	a = lines(out);
	assert_int_equal(json_object_array_length(a), 13);
	assert_string_equal(field(a, 0, "clause"), "36");
	assert_string_equal(field(a, 0, "item"), "");
	assert_string_equal(field(a, 0, "from"), "");
	assert_string_equal(field(a, 0, "to"), "partial");
	assert_string_equal(field(a, 0, "cause"), "first_scan");
	assert_string_equal(field(a, 0, "time"), "2026-05-28T20:26:40Z");
	/* The delete: clause first, then its item. */
	assert_string_equal(field(a, 5, "clause"), "36");
	assert_string_equal(field(a, 5, "item"), "");
	assert_string_equal(field(a, 5, "from"), "partial");
	assert_string_equal(field(a, 5, "to"), "missing");
	assert_string_equal(field(a, 5, "cause"), "removed");
	assert_string_equal(field(a, 6, "item"), "sla");
	assert_string_equal(field(a, 6, "from"), "found");
	assert_string_equal(field(a, 6, "to"), "missing");
	assert_string_equal(json_object_to_json_string(json_object_object_get(
	    json_object_array_get_idx(a, 6), "files")), "[ \"SLA-2027.docx\" ]");
	assert_string_equal(field(a, 7, "cause"), "added");
	assert_string_equal(field(a, 8, "to"), "found");
	assert_string_equal(field(a, 9, "clause"), "1");
	assert_string_equal(field(a, 9, "cause"), "rules_reloaded");
	/* Gone from the rules: 36/recovery, 1 and 1/doc, to "". */
	assert_string_equal(field(a, 10, "to"), "");
	assert_string_equal(field(a, 10, "cause"), "rules_changed");
	assert_string_equal(field(a, 12, "to"), "");
	json_object_put(a);
	free(out);

	/* Filters: an item, a clause (its items too), a time. */
	out = query("36/sla", 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 3);
	free(out);
	out = query("36", 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 3 + 2 + 2 + 1);
	free(out);
	out = query("1", T0 + 200, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 3);
	free(out);
	out = query("99", 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 0);
	assert_string_equal(out, "");
	free(out);
}

static int
col_of(const char *line, const char *s)
{
	char *at = strstr(line, s), *head;
	int w;

	assert_non_null(at);
	head = g_strndup(line, (gsize)(at - line));
	w = report_display_width(head);
	g_free(head);
	return w;
}

static void
test_table(void **state)
{
	struct history *h;
	char *out, **l;
	int n;

	(void)state;
	assert_int_equal(history_open(dir, 0, &h), 0);
	assert_int_equal(record(h, doc("covered", "found", "服务级别协议.docx",
	    "covered"), T0, NULL), 5);
	assert_int_equal(record(h, doc("missing", "missing", NULL, "covered"),
	    T0 + 60, NULL), 2);
	history_close(h);
	out = query("36", T0 + 60, false, REPORT_LANG_ZH, &n);
	assert_int_equal(n, 2);
	l = g_strsplit(out, "\n", -1);
	assert_int_equal(g_strv_length(l), 4);      /* head, 2 rows, "" */
	assert_non_null(strstr(l[0], "时间"));
	assert_non_null(strstr(l[0], "原因"));
	assert_non_null(strstr(l[1], "符合 -> 缺失"));
	assert_non_null(strstr(l[1], "已删除或移出"));
	assert_non_null(strstr(l[2], "36/sla"));
	assert_non_null(strstr(l[2], "已有 -> 缺失"));
	assert_non_null(strstr(l[2], "服务级别协议.docx"));
	/* Aligned by display width: the cause column starts at the same
	 * column in the head (原因) and in every row. */
	assert_int_equal(col_of(l[0], "原因"), col_of(l[1], "已删除或移出"));
	assert_int_equal(col_of(l[0], "原因"), col_of(l[2], "已删除或移出"));
	assert_int_equal(col_of(l[0], "变化"), col_of(l[2], "已有"));
	g_strfreev(l);
	free(out);
	out = query("36/sla", 0, false, REPORT_LANG_EN, &n);
	assert_int_equal(n, 2);
	assert_non_null(strstr(out, "(none) -> found"));
	assert_non_null(strstr(out, "first_scan"));
	free(out);
}

static void
test_prune(void **state)
{
	struct history *h;
	char *out;
	int n;

	(void)state;
	assert_int_equal(history_open(dir, 30, &h), 0);
	assert_int_equal(record(h, doc("covered", "found", "a.docx",
	    "covered"), T0, NULL), 5);
	assert_int_equal(record(h, doc("missing", "missing", NULL, "covered"),
	    T0 + 20 * DAY, NULL), 2);
	/* 31 days after the first scan: its rows go, the later stay. */
	assert_int_equal(record(h, doc("covered", "found", "a.docx",
	    "covered"), T0 + 31 * DAY, NULL), 2);
	history_close(h);
	out = query(NULL, 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 4);
	free(out);
	/* The states stay known: the same document adds nothing. */
	assert_int_equal(history_open(dir, 30, &h), 0);
	assert_int_equal(record(h, doc("covered", "found", "a.docx",
	    "covered"), T0 + 32 * DAY, NULL), 0);
	assert_int_equal(history_prune(h, T0 + 40 * DAY), 4);
	history_close(h);
}

static void
write_file(const char *name, const char *content)
{
	char *p = g_build_filename(dir, name, NULL);

	assert_true(g_file_set_contents(p, content, -1, NULL));
	g_free(p);
}

static bool
exists(const char *name)
{
	char *p = g_build_filename(dir, name, NULL);
	bool e = access(p, F_OK) == 0;

	g_free(p);
	return e;
}

static void
test_rebuild(void **state)
{
	struct history *h;
	char err[256];
	struct history_query q = { NULL, 0, true, REPORT_LANG_EN };
	int n;
	char *out;

	(void)state;
	/* No database yet: said, not made by the reader. */
	assert_int_equal(history_print(dir, &q, stdout, err, sizeof(err)),
	    -ENOENT);
	assert_non_null(strstr(err, "no history yet"));
	assert_false(exists(HISTORY_DB_NAME));
	/* Not a database: moved aside, a new one works. */
	write_file(HISTORY_DB_NAME, "this is not SQLite, but long enough to "
	    "look like a header of something else entirely ............");
	assert_int_equal(history_open(dir, 0, &h), 0);
	assert_true(exists(HISTORY_DB_NAME ".corrupt"));
	assert_int_equal(record(h, doc("covered", "found", "a.docx",
	    "covered"), T0, NULL), 5);
	/* A reader while the writer has it open (WAL). */
	out = query(NULL, 0, true, REPORT_LANG_EN, &n);
	assert_int_equal(n, 5);
	free(out);
	history_close(h);
	/* The -wal and -shm stay for read-only readers. */
	assert_true(exists(HISTORY_DB_NAME "-wal"));
	assert_true(exists(HISTORY_DB_NAME "-shm"));
	/* Another program's database: set aside as .old, and the reader
	 * refuses one. */
	{
		char *p = g_build_filename(dir, HISTORY_DB_NAME, NULL);
		sqlite3 *db;

		unlink(p);
		assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
		assert_int_equal(sqlite3_exec(db, "PRAGMA application_id = 7; "
		    "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
		g_free(p);
	}
	assert_int_equal(history_print(dir, &q, stdout, err, sizeof(err)),
	    -EINVAL);
	assert_non_null(strstr(err, "not an evidenced history database"));
	assert_int_equal(history_open(dir, 0, &h), 0);
	assert_true(exists(HISTORY_DB_NAME ".old"));
	assert_int_equal(record(h, doc("covered", "found", "a.docx",
	    "covered"), T0, NULL), 5);
	history_close(h);
	/* A FIFO is never opened. */
	{
		char *d2 = g_build_filename(dir, "f", NULL);
		char *f2 = g_build_filename(d2, HISTORY_DB_NAME, NULL);

		assert_int_equal(mkdir(d2, 0700), 0);
		assert_int_equal(mkfifo(f2, 0600), 0);
		assert_int_equal(history_print(d2, &q, stdout, err,
		    sizeof(err)), -EINVAL);
		g_free(f2);
		g_free(d2);
	}
}

static void
test_since(void **state)
{
	struct tm tm = { 0 };
	time_t t, now = T0;

	(void)state;
	tm.tm_year = 2026 - 1900;
	tm.tm_mon = 10;
	tm.tm_mday = 1;
	tm.tm_isdst = -1;
	assert_int_equal(history_parse_since("2026-11-01", now, &t), 0);
	assert_int_equal(t, mktime(&tm));
	tm.tm_hour = 10;
	tm.tm_isdst = -1;
	assert_int_equal(history_parse_since("2026-11-01T10:00", now, &t), 0);
	assert_int_equal(t, mktime(&tm));
	assert_int_equal(history_parse_since("2026-11-01T10:00:00Z", now, &t),
	    0);
	assert_int_equal(t, 1793527200);
	assert_int_equal(history_parse_since("2026-11-01T18:00:00+08:00", now,
	    &t), 0);
	assert_int_equal(t, 1793527200);
	assert_int_equal(history_parse_since("7d", now, &t), 0);
	assert_int_equal(t, now - 7 * DAY);
	assert_int_equal(history_parse_since("12h", now, &t), 0);
	assert_int_equal(t, now - 12 * 3600);
	assert_int_equal(history_parse_since("2026", now, &t), -EINVAL);
	assert_int_equal(history_parse_since("yesterday", now, &t), -EINVAL);
	assert_int_equal(history_parse_since("2026-13-01", now, &t), -EINVAL);
	assert_int_equal(history_parse_since("", now, &t), -EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_record, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prune, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rebuild, setup, teardown),
		cmocka_unit_test(test_since),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
