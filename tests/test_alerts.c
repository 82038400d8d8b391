/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_alerts.c - clause transitions into alerts with an injected clock:
 * grace period, rename, delete then restore, expiry, persistence.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <json-c/json.h>

#include "evidenced/alerts.h"
#include "evidenced/dates.h"
#include "evidenced/notify.h"

#define T0 1780000000           /* 2026-05-28 */
#define GRACE 60
#define DAY 86400

/*
 * A status document with clause "36" (one item "sla") and clause "1"
 * (always covered by "1.docx").  path NULL: no file counts.
 */
static struct json_object *
doc(const char *cstate, const char *istate, const char *path, int fresh,
    time_t expires)
{
	struct json_object *d = json_object_new_object();
	struct json_object *cl = json_object_new_array();
	char buf[32];
	int i;

	for (i = 0; i < 2; i++) {
		struct json_object *c = json_object_new_object();
		struct json_object *ev = json_object_new_array();
		struct json_object *it = json_object_new_object();
		struct json_object *fs = json_object_new_array();
		const char *p = i == 0 ? path : "1.docx";

		json_object_object_add(c, "id",
		    json_object_new_string(i == 0 ? "36" : "1"));
		json_object_object_add(c, "phase", json_object_new_string("运维"));
		json_object_object_add(c, "state",
		    json_object_new_string(i == 0 ? cstate : "covered"));
		json_object_object_add(it, "id",
		    json_object_new_string(i == 0 ? "sla" : "doc"));
		json_object_object_add(it, "state",
		    json_object_new_string(i == 0 ? istate : "found"));
		if (p != NULL) {
			struct json_object *f = json_object_new_object();

			json_object_object_add(f, "path",
			    json_object_new_string(p));
			json_object_object_add(f, "fresh",
			    json_object_new_boolean(i == 0 ? fresh : 1));
			json_object_array_add(fs, f);
		}
		if (i == 0 && expires > 0)
			json_object_object_add(it, "expires_at",
			    json_object_new_string(dates_rfc3339(expires, buf,
			    sizeof(buf))));
		json_object_object_add(it, "files", fs);
		json_object_array_add(ev, it);
		json_object_object_add(c, "evidence", ev);
		json_object_array_add(cl, c);
	}
	json_object_object_add(d, "clauses", cl);
	return d;
}

/* Feed d (taken) at time t: how many alerts fired; *al gets them. */
static size_t
feed(struct alerts *a, struct json_object *d, time_t t, struct alert **al)
{
	size_t n = 0;

	*al = NULL;
	assert_int_equal(alerts_update(a, d, t, al, &n), 0);
	json_object_put(d);
	return n;
}

static struct alerts *
fresh_alerts(void)
{
	struct alerts *a;
	struct alert *al;

	assert_int_equal(alerts_new(NULL, GRACE, 30 * DAY, &a), 0);
	/* First document: known, never alerted. */
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, 0), T0,
	    &al), 0);
	free(al);
	return a;
}

static void
test_delete_fires_after_grace(void **state)
{
	struct alerts *a = fresh_alerts();
	struct alert *al;

	(void)state;
	alerts_note(a, "sla.docx", "removed");
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 10, &al), 0);
	free(al);
	assert_int_equal(alerts_next(a), T0 + 10 + GRACE);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 10 + GRACE - 1, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 10 + GRACE, &al), 1);
	assert_string_equal(al[0].clause, "36");
	assert_string_equal(al[0].item, "sla");
	assert_string_equal(al[0].from, "covered");
	assert_string_equal(al[0].to, "missing");
	assert_string_equal(al[0].kind, "degraded");
	assert_string_equal(al[0].cause, "removed");
	assert_int_equal(al[0].n_files, 1);
	assert_string_equal(al[0].files[0], "sla.docx");
	alerts_list_free(al, 1);
	/* Still missing: said once. */
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 1000, &al), 0);
	free(al);
	/* Back: resolved, after the grace too. */
	assert_int_equal(feed(a, doc("covered", "found", "new.docx", 1, 0),
	    T0 + 2000, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("covered", "found", "new.docx", 1, 0),
	    T0 + 2000 + GRACE, &al), 1);
	assert_string_equal(al[0].kind, "resolved");
	assert_string_equal(al[0].cause, "added");
	assert_string_equal(al[0].files[0], "new.docx");
	alerts_list_free(al, 1);
	alerts_free(a);
}

static void
test_restore_within_grace(void **state)
{
	struct alerts *a = fresh_alerts();
	struct alert *al;

	(void)state;
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 10, &al), 0);
	free(al);
	/* A save through a temporary file: back 2 s later. */
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, 0),
	    T0 + 12, &al), 0);
	free(al);
	assert_int_equal(alerts_next(a), 0);
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, 0),
	    T0 + 10 * GRACE, &al), 0);
	free(al);
	/* Missing again later: the grace starts over. */
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 20 * GRACE, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 21 * GRACE - 1, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 21 * GRACE, &al), 1);
	/* No note: the file is taken as changed. */
	assert_string_equal(al[0].cause, "changed");
	alerts_list_free(al, 1);
	alerts_free(a);
}

static void
test_rename_never_alerts(void **state)
{
	struct alerts *a = fresh_alerts();
	struct alert *al;

	(void)state;
	assert_int_equal(feed(a, doc("covered", "found", "SLA-2026.docx", 1,
	    0), T0 + 5, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("covered", "found", "SLA-2026.docx", 1,
	    0), T0 + 10 * GRACE, &al), 0);
	free(al);
	/* The known files follow the rename: its removal names it. */
	alerts_note(a, "SLA-2026.docx", "moved");
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 20 * GRACE, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 22 * GRACE, &al), 1);
	assert_string_equal(al[0].cause, "moved");
	assert_string_equal(al[0].files[0], "SLA-2026.docx");
	alerts_list_free(al, 1);
	alerts_free(a);
}

static void
test_expiry_by_clock(void **state)
{
	struct alerts *a;
	struct alert *al;
	time_t exp = T0 + 40 * DAY;

	(void)state;
	assert_int_equal(alerts_new(NULL, GRACE, 30 * DAY, &a), 0);
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, exp),
	    T0, &al), 0);
	free(al);
	/* The daemon must wake when the warning is due. */
	assert_int_equal(alerts_next(a), exp - 30 * DAY);
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, exp),
	    exp - 30 * DAY, &al), 1);
	assert_string_equal(al[0].kind, "expires_soon");
	assert_int_equal(al[0].expires_at, exp);
	alerts_list_free(al, 1);
	/* Once. */
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, exp),
	    exp - 10 * DAY, &al), 0);
	free(al);
	assert_int_equal(alerts_next(a), exp + 1);
	/* The clock passes the expiry: stale, the file still there. */
	assert_int_equal(feed(a, doc("stale", "stale", "sla.docx", 0, 0),
	    exp, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("stale", "stale", "sla.docx", 0, 0),
	    exp + GRACE, &al), 1);
	assert_string_equal(al[0].to, "stale");
	assert_string_equal(al[0].cause, "expired");
	assert_string_equal(al[0].files[0], "sla.docx");
	alerts_list_free(al, 1);
	alerts_free(a);
}

static void
test_restart_does_not_realert(void **state)
{
	char path[] = "/tmp/test_alerts.XXXXXX";
	struct alerts *a;
	struct alert *al;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(alerts_new(path, GRACE, 30 * DAY, &a), 0);
	assert_int_equal(feed(a, doc("covered", "found", "sla.docx", 1, 0),
	    T0, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 1, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 1 + GRACE, &al), 1);
	alerts_list_free(al, 1);
	alerts_free(a);
	/* Restart: still missing, nothing new to say. */
	assert_int_equal(alerts_new(path, GRACE, 30 * DAY, &a), 0);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 5000, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("missing", "missing", NULL, 0, 0),
	    T0 + 9000, &al), 0);
	free(al);
	/* Covered meanwhile: the restart sees the change and says it. */
	alerts_free(a);
	assert_int_equal(alerts_new(path, GRACE, 30 * DAY, &a), 0);
	assert_int_equal(feed(a, doc("covered", "found", "x.docx", 1, 0),
	    T0 + 9100, &al), 0);
	free(al);
	assert_int_equal(feed(a, doc("covered", "found", "x.docx", 1, 0),
	    T0 + 9100 + GRACE, &al), 1);
	assert_string_equal(al[0].kind, "resolved");
	alerts_list_free(al, 1);
	alerts_free(a);
	unlink(path);
}

static void
test_alert_json(void **state)
{
	struct alerts *a = fresh_alerts();
	struct json_object *o;
	struct alert *al;

	(void)state;
	alerts_note(a, "sla.docx", "removed");
	free((feed(a, doc("partial", "missing", NULL, 0, 0), T0 + 1, &al),
	    al));
	assert_int_equal(feed(a, doc("partial", "missing", NULL, 0, 0),
	    T0 + 1 + GRACE, &al), 1);
	o = alert_json(&al[0]);
	assert_string_equal(json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE),
	    "{\"time\":\"2026-05-28T20:27:41Z\",\"clause\":\"36\","
	    "\"phase\":\"运维\",\"item\":\"sla\",\"from\":"
	    "\"covered\",\"to\":\"partial\",\"kind\":\"degraded\","
	    "\"cause\":\"removed\",\"files\":[\"sla.docx\"]}");
	json_object_put(o);
	alerts_list_free(al, 1);
	alerts_free(a);
}

/* Lines of path, each checked to be one JSON object; -1: no file. */
static int
json_lines(const char *path)
{
	char line[4096];
	FILE *f = fopen(path, "r");
	int n = 0;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL) {
		struct json_object *o = json_tokener_parse(line);

		assert_non_null(o);
		assert_true(line[strlen(line) - 1] == '\n');
		json_object_put(o);
		n++;
	}
	fclose(f);
	return n;
}

/* alerts.jsonl beyond log_max: .1 .. .keep shift up, whole lines; a
 * reconfigured notify (SIGHUP) stops rotating at log_max 0. */
static void
test_log_rotation(void **state)
{
	char dir[] = "/tmp/test_alerts.XXXXXX", *log, *p1, *p2, *p3, *cmd;
	struct notify_options no = { 0 };
	struct alert al = { 0 };
	struct notify *n;
	int i, total;

	(void)state;
	assert_non_null(mkdtemp(dir));
	log = g_strdup_printf("%s/alerts.jsonl", dir);
	p1 = g_strdup_printf("%s.1", log);
	p2 = g_strdup_printf("%s.2", log);
	p3 = g_strdup_printf("%s.3", log);
	al.time = T0;
	al.clause = "35";
	al.phase = al.item = "";
	al.from = "covered";
	al.to = "missing";
	al.kind = "degraded";
	al.cause = "removed";
	no.log_path = log;
	no.log_max = 400;
	no.log_keep = 2;
	assert_int_equal(notify_new(&no, &n), 0);
	for (i = 0; i < 10; i++)
		assert_int_equal(notify_send(n, &al, 0), 0);
	/* An alert is about 170 bytes: two a file, the oldest dropped. */
	assert_int_equal(json_lines(log), 2);
	assert_int_equal(json_lines(p1), 2);
	assert_int_equal(json_lines(p2), 2);
	assert_int_equal(json_lines(p3), -1);
	no.log_max = 0;
	assert_int_equal(notify_reconfigure(n, &no), 0);
	for (i = 0; i < 5; i++)
		assert_int_equal(notify_send(n, &al, 0), 0);
	total = json_lines(log);
	assert_int_equal(total, 7);
	assert_int_equal(json_lines(p3), -1);
	assert_int_equal(notify_sent(n), 15);
	notify_free(n);
	cmd = g_strdup_printf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(log);
	g_free(p1);
	g_free(p2);
	g_free(p3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_delete_fires_after_grace),
		cmocka_unit_test(test_restore_within_grace),
		cmocka_unit_test(test_rename_never_alerts),
		cmocka_unit_test(test_expiry_by_clock),
		cmocka_unit_test(test_restart_does_not_realert),
		cmocka_unit_test(test_alert_json),
		cmocka_unit_test(test_log_rotation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
