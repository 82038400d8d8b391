/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_report.c - the 自评估表 in md, csv, html and xlsx from a small
 * hand-built status document; levels, escaping, the check's verdicts,
 * durations, display width and the language choice.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/report.h"

/*
 * Six clauses: 1 covered, 2 partial (a file whose name has markup, a
 * pipe and a newline, and a missing item), 3 applies at level 1 only,
 * 4 stale, 5 missing, obs-1 a site clause without proof text.
 */
static const char doc_fmt[] =
"{ \"version\": 1, \"generated_at\": \"%s\", \"share\": \"/srv/资质材料\","
"  \"level\": 2, %s"
"  \"clauses\": ["
"  { \"id\": \"1\", \"phase\": \"准备阶段\", \"text\": \"条款一\","
"    \"proof\": \"证明一\", \"levels\": [1, 2], \"state\": \"%s\","
"    \"evidence\": [ { \"id\": \"a\", \"label\": \"甲\", \"state\": \"found\","
"      \"files\": [ { \"path\": \"a/证明 #1.docx\", \"date\": "
"\"2026-03-15T10:00:00Z\", \"fresh\": true } ], \"candidates\": [] } ] },"
"  { \"id\": \"2\", \"phase\": \"\", \"text\": \"条款二\", \"proof\": \"证明二\","
"    \"levels\": [2], \"state\": \"partial\","
"    \"evidence\": [ { \"id\": \"b\", \"label\": \"乙\", \"state\": \"found\","
"      \"files\": [ { \"path\": \"b/x|<i>y</i>\\nz.pdf\", \"date\": "
"\"2026-04-01T00:00:00Z\", \"fresh\": true },"
"        { \"path\": \"=cmd.docx\", \"date\": \"2026-04-02T00:00:00Z\","
"          \"fresh\": true } ] },"
"      { \"id\": \"c\", \"label\": \"缺的材料\", \"state\": \"missing\","
"        \"files\": [] } ] },"
"  { \"id\": \"3\", \"phase\": \"服务实施阶段\", \"text\": \"条款三\","
"    \"proof\": \"证明三\", \"levels\": [1], \"state\": \"not_applicable\","
"    \"evidence\": [ { \"id\": \"d\", \"label\": \"丁\", \"state\": \"found\","
"      \"files\": [ { \"path\": \"c/丁.docx\", \"date\": "
"\"2026-05-01T00:00:00Z\", \"fresh\": true } ] } ] },"
"  { \"id\": \"4\", \"phase\": \"\", \"text\": \"条款四\", \"proof\": \"证明四\","
"    \"levels\": [1, 2], \"state\": \"stale\","
"    \"evidence\": [ { \"id\": \"e\", \"label\": \"戊\", \"state\": \"stale\","
"      \"files\": [ { \"path\": \"d/演练.docx\", \"date\": "
"\"2024-01-10T00:00:00Z\", \"fresh\": false } ] } ] },"
"  { \"id\": \"5\", \"phase\": \"\", \"text\": \"条款五\", \"proof\": \"证明五\","
"    \"levels\": [1, 2], \"state\": \"missing\","
"    \"evidence\": [ { \"id\": \"f\", \"label\": \"己\", \"state\": \"missing\","
"      \"files\": [] } ] },"
"  { \"id\": \"obs-1\", \"phase\": \"上一年度提出的观察项跟踪验证情况\","
"    \"text\": \"观察项O-1\", \"levels\": [1, 2], \"state\": \"missing\","
"    \"evidence\": [ { \"id\": \"g\", \"label\": \"整改记录\","
"      \"state\": \"missing\", \"files\": [] } ] } ],"
"  \"problems\": [] }";

static struct json_object *
make_doc(const char *generated, const char *daemon, const char *state1)
{
	char buf[8192];
	struct json_object *doc;

	snprintf(buf, sizeof(buf), doc_fmt, generated, daemon, state1);
	doc = json_tokener_parse(buf);
	assert_non_null(doc);
	return doc;
}

static struct json_object *
sample(void)
{
	return make_doc("2026-11-25T09:00:00Z", "", "covered");
}

/* Render doc into a NUL-terminated string (caller frees). */
static char *
render(struct json_object *doc, enum report_format fmt, int level,
    const char *url)
{
	struct report_options o = { .format = fmt, .level = level,
	    .share_url = url };
	char err[256], *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(report_render(doc, &o, f, err, sizeof(err)), 0);
	fclose(f);
	return buf;
}

/* The markdown table rows (lines starting with "| " after the rule). */
static size_t
md_rows(const char *md, char rows[][1024], size_t max)
{
	const char *p = strstr(md, "|---|");
	size_t n = 0;

	assert_non_null(p);
	p = strchr(p, '\n') + 1;
	while (*p == '|' && n < max) {
		const char *e = strchr(p, '\n');

		assert_non_null(e);
		assert_true((size_t)(e - p) < 1024);
		memcpy(rows[n], p, (size_t)(e - p));
		rows[n][e - p] = '\0';
		n++;
		p = e + 1;
	}
	return n;
}

static void
test_md(void **state)
{
	struct json_object *doc = sample();
	char rows[16][1024];
	char *md = render(doc, REPORT_MD, 0, NULL);
	size_t n;

	(void)state;
	assert_non_null(strstr(md, "| 序号 | 要点 | 条款 | 需提供证明材料 | "
	    "自评估结论 | 证明材料清单 |"));
	assert_non_null(strstr(md, "申报级别：二级"));
	assert_non_null(strstr(md, "评估时间：2026-11-25 09:00"));
	n = md_rows(md, rows, 16);
	assert_int_equal(n, 6);
	assert_string_equal(rows[0], "| 1 | 准备阶段 | 条款一 | 证明一 | 符合 | "
	    "a/证明 #1.docx（2026-03-15） |");
	/* The phase is written on its first row only, as in the form; the
	 * name's markup, pipe and newline cannot break the table. */
	assert_string_equal(rows[1], "| 2 |  | 条款二 | 证明二 | 部分符合 | "
	    "b/x\\|&lt;i&gt;y&lt;/i&gt;\\x0az.pdf（2026-04-01）<br>"
	    "=cmd.docx（2026-04-02）<br>缺：缺的材料 |");
	assert_string_equal(rows[2], "| 3 | 服务实施阶段 | 条款三 | 证明三 | "
	    "不适用 |  |");
	assert_string_equal(rows[3], "| 4 |  | 条款四 | 证明四 | 部分符合 | "
	    "d/演练.docx（2024-01-10，已过期） |");
	assert_string_equal(rows[4], "| 5 |  | 条款五 | 证明五 | 不符合 | "
	    "缺：己 |");
	/* A site clause: its items stand for the proof. */
	assert_string_equal(rows[5], "| obs-1 | 上一年度提出的观察项跟踪验证情况 | "
	    "观察项O-1 | 整改记录 | 不符合 | 缺：整改记录 |");
	assert_non_null(strstr(md, "符合 1，部分符合 2，不符合 2，不适用 1"));
	free(md);
	json_object_put(doc);
}

static void
test_md_level1(void **state)
{
	struct json_object *doc = sample();
	char rows[16][1024];
	char *md = render(doc, REPORT_MD, 1, NULL);

	(void)state;
	assert_int_equal(md_rows(md, rows, 16), 6);
	assert_non_null(strstr(md, "申报级别：一级"));
	/* 2 is 仅二级; 3 applies at level 1 and its item was found. */
	assert_string_equal(rows[1], "| 2 |  | 条款二 | 证明二 | 不适用 |  |");
	assert_string_equal(rows[2], "| 3 | 服务实施阶段 | 条款三 | 证明三 | "
	    "符合 | c/丁.docx（2026-05-01） |");
	free(md);
	json_object_put(doc);
}

/* Minimal RFC 4180 reader: number of records, and the fields of one. */
static size_t
csv_records(const char *p, size_t want, char fields[6][512])
{
	size_t rec = 0, fld = 0, len = 0;
	bool quoted = false;

	for (; *p != '\0'; p++) {
		char ch = *p;

		if (quoted) {
			if (ch == '"' && p[1] == '"')
				p++;
			else if (ch == '"') {
				quoted = false;
				continue;
			}
		} else if (ch == '"') {
			quoted = true;
			continue;
		} else if (ch == ',' || ch == '\r') {
			if (rec == want && fld < 6)
				fields[fld][len] = '\0';
			if (ch == ',')
				fld++;
			len = 0;
			continue;
		} else if (ch == '\n') {
			rec++;
			fld = 0;
			len = 0;
			continue;
		}
		if (rec == want && fld < 6 && len < 511)
			fields[fld][len++] = *p;
	}
	return rec;
}

static void
test_csv(void **state)
{
	struct json_object *doc = sample();
	char *csv = render(doc, REPORT_CSV, 0, NULL);
	char f[6][512];

	(void)state;
	assert_memory_equal(csv, "\xEF\xBB\xBF\"序号\",", 10);
	/* Header and six rows; a newline inside a quoted cell is no record. */
	assert_int_equal(csv_records(csv + 3, 2, f), 7);
	assert_string_equal(f[0], "2");
	assert_string_equal(f[1], "准备阶段");       /* repeated for filters */
	assert_string_equal(f[4], "部分符合");
	assert_string_equal(f[5], "b/x|<i>y</i>\\x0az.pdf（2026-04-01）\r\n"
	    "=cmd.docx（2026-04-02）\r\n缺：缺的材料");
	/* No cell may start as a formula. */
	csv_records(csv + 3, 1, f);
	assert_string_equal(f[5], "a/证明 #1.docx（2026-03-15）");
	assert_null(strstr(csv, ",\"=") );
	free(csv);

	/* The file named "=cmd.docx" first in its cell: quoted away. */
	{
		struct json_object *d2 = json_tokener_parse(
		    "{\"version\":1,\"level\":2,\"clauses\":[{\"id\":\"1\","
		    "\"levels\":[2],\"state\":\"covered\",\"evidence\":[{"
		    "\"state\":\"found\",\"files\":[{\"path\":\"=1+1\"}]}]}]}");

		csv = render(d2, REPORT_CSV, 0, NULL);
		csv_records(csv + 3, 1, f);
		assert_string_equal(f[5], "'=1+1");
		free(csv);
		json_object_put(d2);
	}
	json_object_put(doc);
}

static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void
test_html(void **state)
{
	struct json_object *doc = sample();
	char *html = render(doc, REPORT_HTML, 0, "file://fileserver/资质材料");
	const char *body;

	(void)state;
	assert_true(strncmp(html, "<!DOCTYPE html>", 15) == 0);
	body = strstr(html, "<table class=\"form\">");
	assert_non_null(body);
	assert_int_equal(count(body, "<tr class=\"s-"), 6);
	assert_non_null(strstr(body, "<tr class=\"s-missing\" id=\"c-5\">"));
	assert_non_null(strstr(body, "<tr class=\"s-stale\" id=\"c-4\">"));
	assert_non_null(strstr(body, "<tr class=\"s-missing site\" "
	    "id=\"c-obs-1\">"));
	/* Links: the base gets its slash, CJK, space and "#" are encoded. */
	assert_non_null(strstr(body, "<a href=\"file://fileserver/"
	    "%E8%B5%84%E8%B4%A8%E6%9D%90%E6%96%99/a/"
	    "%E8%AF%81%E6%98%8E%20%231.docx\">a/证明 #1.docx</a>"));
	/* A name with markup is text, never markup; its link is encoded. */
	assert_non_null(strstr(body, ">b/x|&lt;i&gt;y&lt;/i&gt;\\x0az.pdf</a>"));
	assert_non_null(strstr(body, "b/x%7C%3Ci%3Ey%3C/i%3E%0Az.pdf\""));
	assert_null(strstr(html, "<i>"));
	assert_non_null(strstr(body, "<li class=\"missing\">缺：缺的材料</li>"));
	/* Coverage bars: phase 准备阶段 has 1 covered and 1 partial. */
	assert_non_null(strstr(html, "<span class=\"c-covered\" "
	    "style=\"width:50.0%\"></span><span class=\"c-partial\" "
	    "style=\"width:50.0%\"></span>"));
	/* Self-contained: nothing fetched from anywhere. */
	assert_null(strstr(html, "http://"));
	assert_null(strstr(html, "https://"));
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "<link"));
	free(html);

	/* Without share_url: file:// and the share. */
	html = render(doc, REPORT_HTML, 0, NULL);
	assert_non_null(strstr(html, "href=\"file:///srv/"
	    "%E8%B5%84%E8%B4%A8%E6%9D%90%E6%96%99/d/"));
	free(html);
	json_object_put(doc);
}

/* The text of one member of the xlsx zip (caller frees), or NULL. */
static char *
zip_member(const char *path, const char *name)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	char *buf = NULL;

	archive_read_support_format_zip(a);
	if (archive_read_open_filename(a, path, 16384) != ARCHIVE_OK)
		goto done;
	while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
		la_int64_t size = archive_entry_size(e);

		if (strcmp(archive_entry_pathname(e), name) != 0)
			continue;
		buf = calloc(1, (size_t)size + 1);
		assert_int_equal(archive_read_data(a, buf, (size_t)size),
		    size);
		break;
	}
done:
	archive_read_free(a);
	return buf;
}

static void
test_xlsx(void **state)
{
	struct json_object *doc = sample();
	struct report_options o = { .format = REPORT_XLSX };
	char dir[] = "/tmp/test_report.XXXXXX", path[PATH_MAX], err[256];
	char *strings, *sheet;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/form.xlsx", dir);
	assert_int_equal(report_write(doc, &o, path, err, sizeof(err)), 0);
	strings = zip_member(path, "xl/sharedStrings.xml");
	sheet = zip_member(path, "xl/worksheets/sheet1.xml");
	assert_non_null(strings);
	assert_non_null(sheet);
	assert_non_null(strstr(strings, "部分符合"));
	assert_non_null(strstr(strings, "obs-1"));
	assert_non_null(strstr(strings, "d/演练.docx（2024-01-10，已过期）"));
	/* Header and six rows; frozen header; colours on the verdicts. */
	assert_int_equal(count(sheet, "<row "), 7);
	assert_non_null(strstr(sheet, "state=\"frozen\""));
	assert_int_equal(count(sheet, "<cfRule "), 4);
	free(strings);
	free(sheet);
	/* No temporary file left beside it. */
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);

	/* A directory that does not exist: an error, nothing written. */
	assert_true(report_write(doc, &o, "/nonexistent/dir/f.xlsx", err,
	    sizeof(err)) < 0);
	json_object_put(doc);
}

static void
test_write_keeps_old(void **state)
{
	struct json_object *doc = sample(), *bad;
	struct report_options o = { .format = REPORT_MD };
	char dir[] = "/tmp/test_report.XXXXXX", path[PATH_MAX], err[256];
	char buf[64] = { 0 };
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/form.md", dir);
	f = fopen(path, "w");
	fputs("old report", f);
	fclose(f);
	/* Not a status document: an error, and the old file stays whole. */
	bad = json_tokener_parse("{\"version\": 1}");
	assert_int_equal(report_write(bad, &o, path, err, sizeof(err)),
	    -EINVAL);
	f = fopen(path, "r");
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_string_equal(buf, "old report");
	assert_int_equal(report_write(doc, &o, path, err, sizeof(err)), 0);
	f = fopen(path, "r");
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_string_equal(buf, "# 信息系统安全运维服务资质认证自评估表\n");
	unlink(path);
	assert_int_equal(rmdir(dir), 0);
	json_object_put(bad);
	json_object_put(doc);
}

static void
test_formats(void **state)
{
	enum report_format f;

	(void)state;
	assert_int_equal(report_format_parse("xlsx", &f), 0);
	assert_int_equal(f, REPORT_XLSX);
	assert_int_equal(report_format_parse("csv", &f), 0);
	assert_int_equal(f, REPORT_CSV);
	assert_int_equal(report_format_parse("pdf", &f), -EINVAL);
	assert_int_equal(report_verdict_of(CLAUSE_STALE), VERDICT_PARTIAL);
	assert_string_equal(report_verdict_label(VERDICT_NONCONFORM),
	    "不符合");
}

static enum check_state
check(const char *generated, const char *daemon, const char *state1,
    long max_age, char *line, size_t len)
{
	struct json_object *doc = make_doc(generated, daemon, state1);
	enum check_state cs = report_check(doc, 1764061200 /* 2025-11-25 */ +
	    365 * 86400, max_age, line, len);

	json_object_put(doc);
	return cs;
}

static void
test_check(void **state)
{
	char daemon[64], line[1024];
	const char *now = "2026-11-25T09:00:00Z";

	(void)state;
	snprintf(daemon, sizeof(daemon), "\"daemon\": { \"pid\": %ld },",
	    (long)getpid());
	/* The sample has partial, stale and missing clauses: critical. */
	assert_int_equal(check(now, daemon, "covered", 0, line, sizeof(line)),
	    CHECK_CRITICAL);
	assert_string_equal(line, "EVIDENCED CRITICAL - 2 missing (5 obs-1), "
	    "1 stale (4), 1 partial (2), 1/5 clauses covered | "
	    "covered=1;;;0;5 partial=1 missing=2 stale=1");
	/* Too old: unknown, whatever the clauses say. */
	assert_int_equal(check("2026-11-25T08:00:00Z", daemon, "covered",
	    1800, line, sizeof(line)), CHECK_UNKNOWN);
	assert_non_null(strstr(line, "UNKNOWN - the status is 3600s old"));
	assert_int_equal(check("2026-11-25T08:00:00Z", daemon, "covered",
	    7200, line, sizeof(line)), CHECK_CRITICAL);
	/* A one-shot scan's status, or a daemon that is gone. */
	assert_int_equal(check(now, "", "covered", 0, line, sizeof(line)),
	    CHECK_UNKNOWN);
	assert_non_null(strstr(line, "no daemon"));
	assert_int_equal(check(now, "\"daemon\": { \"pid\": 1073741823 },",
	    "covered", 0, line, sizeof(line)), CHECK_UNKNOWN);
	assert_non_null(strstr(line, "is not running"));
	assert_int_equal(check("yesterday", daemon, "covered", 0, line,
	    sizeof(line)), CHECK_UNKNOWN);
}

static void
test_check_levels_of_alarm(void **state)
{
	char daemon[128], line[512];
	struct json_object *doc;
	const char *base = "{\"version\":1,\"generated_at\":"
	    "\"2026-11-25T09:00:00Z\",%s\"clauses\":[{\"id\":\"1\","
	    "\"state\":\"covered\"},{\"id\":\"2\",\"state\":\"%s\"},"
	    "{\"id\":\"3\",\"state\":\"not_applicable\"}]}";
	static const struct {
		const char *st;
		enum check_state want;
	} cases[] = {
		{ "covered", CHECK_OK }, { "not_applicable", CHECK_OK },
		{ "partial", CHECK_WARNING }, { "missing", CHECK_CRITICAL },
		{ "stale", CHECK_CRITICAL },
	};
	char buf[512];
	size_t i;

	(void)state;
	snprintf(daemon, sizeof(daemon), "\"daemon\":{\"pid\":%ld},",
	    (long)getpid());
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(buf, sizeof(buf), base, daemon, cases[i].st);
		doc = json_tokener_parse(buf);
		assert_non_null(doc);
		assert_int_equal(report_check(doc, 1764061200 + 365 * 86400, 0,
		    line, sizeof(line)), cases[i].want);
		json_object_put(doc);
	}
	snprintf(buf, sizeof(buf), base, daemon, "covered");
	doc = json_tokener_parse(buf);
	report_check(doc, 1764061200 + 365 * 86400, 0, line, sizeof(line));
	assert_string_equal(line, "EVIDENCED OK - 2/2 clauses covered | "
	    "covered=2;;;0;2 partial=0 missing=0 stale=0");
	json_object_put(doc);

	/* A found item that expires within the warning: WARNING, said;
	 * the daemon's own "expires_soon" wins over the default window. */
	snprintf(buf, sizeof(buf), "{\"version\":1,\"generated_at\":"
	    "\"2026-11-25T09:00:00Z\",%s\"clauses\":[{\"id\":\"1\","
	    "\"state\":\"covered\",\"evidence\":[{\"id\":\"sla\","
	    "\"state\":\"found\",\"expires_at\":\"2026-12-05T00:00:00Z\"},"
	    "{\"id\":\"plan\",\"state\":\"found\",\"expires_at\":"
	    "\"2027-12-05T00:00:00Z\"}]}]}", daemon);
	doc = json_tokener_parse(buf);
	assert_non_null(doc);
	assert_int_equal(report_check(doc, 1764061200 + 365 * 86400, 0, line,
	    sizeof(line)), CHECK_WARNING);
	assert_non_null(strstr(line, "WARNING - 1 items expire soon (1/sla)"));
	/* Thirty days later it is past: not "soon" (the verdict says
	 * stale once the status is recomputed). */
	assert_int_equal(report_check(doc, 1764061200 + 365 * 86400 +
	    60 * 86400, 0, line, sizeof(line)), CHECK_OK);
	json_object_object_add(json_object_array_get_idx(json_object_object_get(
	    json_object_array_get_idx(json_object_object_get(doc, "clauses"),
	    0), "evidence"), 1), "expires_soon", json_object_new_boolean(1));
	assert_int_equal(report_check(doc, 1764061200 + 365 * 86400 +
	    60 * 86400, 0, line, sizeof(line)), CHECK_WARNING);
	json_object_put(doc);

	/* The share gone: the last known states are no reassurance. */
	snprintf(daemon, sizeof(daemon), "\"daemon\":{\"pid\":%ld},"
	    "\"share_unavailable\":true,\"rescanning\":true,", (long)getpid());
	snprintf(buf, sizeof(buf), base, daemon, "covered");
	doc = json_tokener_parse(buf);
	assert_int_equal(report_check(doc, 1764061200 + 365 * 86400, 0, line,
	    sizeof(line)), CHECK_CRITICAL);
	assert_string_equal(line, "EVIDENCED CRITICAL - share unavailable "
	    "(last known states), 2/2 clauses covered (rescanning) | "
	    "covered=2;;;0;2 partial=0 missing=0 stale=0");
	json_object_put(doc);
}

static void
test_duration(void **state)
{
	long s;

	(void)state;
	assert_int_equal(report_parse_duration("900", &s), 0);
	assert_int_equal(s, 900);
	assert_int_equal(report_parse_duration("15m", &s), 0);
	assert_int_equal(s, 900);
	assert_int_equal(report_parse_duration("2h", &s), 0);
	assert_int_equal(s, 7200);
	assert_int_equal(report_parse_duration("1d", &s), 0);
	assert_int_equal(s, 86400);
	assert_int_equal(report_parse_duration("1w", &s), 0);
	assert_int_equal(s, 604800);
	assert_int_equal(report_parse_duration("", &s), -EINVAL);
	assert_int_equal(report_parse_duration("-5", &s), -EINVAL);
	assert_int_equal(report_parse_duration("5x", &s), -EINVAL);
	assert_int_equal(report_parse_duration("5mm", &s), -EINVAL);
	assert_int_equal(report_parse_duration("99999999999999999w", &s),
	    -EINVAL);
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(report_display_width(""), 0);
	assert_int_equal(report_display_width("abc"), 3);
	assert_int_equal(report_display_width("符合"), 4);
	assert_int_equal(report_display_width("不适用 n/a"), 10);
	assert_int_equal(report_display_width("ＡＢ"), 4);        /* full-width */
	assert_int_equal(report_display_width("e\xcc\x81"), 1);   /* e + U+0301 */
	assert_int_equal(report_display_width("a\xff"), 2);      /* bad byte */
}

static void
test_lang(void **state)
{
	enum report_lang l;

	(void)state;
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	assert_int_equal(report_lang_pick(NULL, &l), 0);
	assert_int_equal(l, REPORT_LANG_ZH);
	setenv("LANG", "C", 1);
	assert_int_equal(report_lang_pick(NULL, &l), 0);
	assert_int_equal(l, REPORT_LANG_EN);
	setenv("LC_ALL", "zh_CN.UTF-8", 1);         /* LC_ALL wins */
	assert_int_equal(report_lang_pick(NULL, &l), 0);
	assert_int_equal(l, REPORT_LANG_ZH);
	setenv("LC_ALL", "C.UTF-8", 1);
	assert_int_equal(report_lang_pick(NULL, &l), 0);
	assert_int_equal(l, REPORT_LANG_EN);
	assert_int_equal(report_lang_pick("zh", &l), 0);   /* --lang wins */
	assert_int_equal(l, REPORT_LANG_ZH);
	assert_int_equal(report_lang_pick("en", &l), 0);
	assert_int_equal(l, REPORT_LANG_EN);
	assert_int_equal(report_lang_pick("fr", &l), -EINVAL);
	assert_string_equal(report_state_word(CLAUSE_MISSING, REPORT_LANG_ZH),
	    "缺失");
	assert_string_equal(report_state_word(CLAUSE_MISSING, REPORT_LANG_EN),
	    "missing");
	assert_string_equal(report_item_word("found", REPORT_LANG_ZH), "已有");
	unsetenv("LC_ALL");
	unsetenv("LANG");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_md_level1),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_xlsx),
		cmocka_unit_test(test_write_keeps_old),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_check_levels_of_alarm),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_lang),
	};

	/* Dates in the form are local days: make them the same anywhere. */
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
