/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_verdict.c - classifier mechanics, evidence index, clause states and
 * the status document round trip, on a small inline ruleset (the shipped
 * pack has its own test, test_pack.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/evindex.h"
#include "evidenced/scanner.h"
#include "evidenced/status.h"
#include "evidenced/verdict.h"

/* The matcher every test matches with (mutable scratch, not rules). */
static struct rule_matcher *mt;

static int
setup_matcher(void **state)
{
	(void)state;
	mt = rule_matcher_new();
	return mt == NULL ? -1 : 0;
}

static int
teardown_matcher(void **state)
{
	(void)state;
	rule_matcher_free(mt);
	return 0;
}

static const char test_rules[] =
"[defaults]\n"
"exclude = 模板|template\n"
"[ignore]\n"
"path = (^|/)~\\$\n"
"       (^|/)\\.recycle(/|$)\n"
"[1]\n"
"phase = 准备阶段—需求调研与分析\n"
"text = 采集客户对信息系统运维服务时间的需求。\n"
"levels = 1 2\n"
"[1/survey]\n"
"label = 客户需求调查报告\n"
"name = 需求调查\n"
"title = 需求调查报告\n"
"content_all = 服务时间\n"
"[2]\n"
"text = 仅二级: 两项证据\n"
"levels = 2\n"
"[2/a]\n"
"label = 甲\n"
"name = 甲记录\n"
"[2/b]\n"
"label = 乙\n"
"name = 乙记录\n"
"max_age = 1y\n"
"[3]\n"
"text = 仅一级\n"
"levels = 1\n"
"[3/x]\n"
"label = 丙\n"
"name = 丙\n"
"[4]\n"
"text = 两份记录\n"
"levels = 1 2\n"
"[4/drill]\n"
"label = 应急演练记录\n"
"name = 演练记录\n"
"min_files = 2\n"
"max_age = 1y\n";

static struct ruleset *
compile(void)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct ruleset *rs = NULL;
	size_t i;

	assert_non_null(rc);
	assert_int_equal(rules_compiler_add_string(rc, "test.rules",
	    test_rules, RULES_LAYER_PACK), 0);
	if (rules_compiler_finish(rc, &rs) != 0) {
		for (i = 0; i < rules_compiler_error_count(rc); i++)
			fprintf(stderr, "%s\n", rules_compiler_error(rc, i));
		fail();
	}
	rules_compiler_free(rc);
	return rs;
}

/* A record as the scanner would make it, without touching the disk. */
static struct file_record *
record(const struct ruleset *rs, const char *path, unsigned cls,
    const char *text, time_t date, bool empty)
{
	struct file_record *r = calloc(1, sizeof(*r));
	struct file_facts *f = calloc(1, sizeof(*f));

	assert_non_null(r);
	assert_non_null(f);
	r->facts = f;
	assert_int_equal(file_facts_rename(f, path), 0);
	f->id.mtime_ns = (int64_t)date * 1000000000;
	f->date = date;
	f->id.size = empty ? 0 : 100;
	f->typeclass = cls;
	strcpy(f->format, "docx");
	f->text_status = text != NULL ? EXTRACT_OK : EXTRACT_CORRUPT;
	f->extracted = true;
	if (text == NULL)
		f->text_reason = strdup("corrupt: truncated zip");
	else {
		f->text = strdup(text);
		f->text_len = strlen(text);
	}
	assert_int_equal(classify_facts(rs, mt, f, 0, &r->matches,
	    &r->n_matches), 0);
	return r;
}

static const struct file_match *
match_for(const struct file_record *r, const char *clause, const char *item)
{
	size_t i;

	for (i = 0; i < r->n_matches; i++)
		if (strcmp(r->matches[i].clause_id, clause) == 0 &&
		    strcmp(r->matches[i].item_id, item) == 0)
			return &r->matches[i];
	return NULL;
}

static void
test_classify_decisions(void **state)
{
	struct ruleset *rs = compile();
	struct file_record *r;
	const struct file_match *m;

	(void)state;
	/* Name and content: counts. */
	r = record(rs, "调研/2026客户需求调查报告.docx", EV_TYPE_DOCUMENT,
	    "客户需求调查报告 服务时间为7x24小时", 1, false);
	m = match_for(r, "1", "survey");
	assert_non_null(m);
	assert_true(m->counts);
	assert_true(m->matched_by & MATCH_NAME);
	assert_true(m->matched_by & MATCH_CONTENT);
	file_record_free(r);

	/* Name but the content the form requires is absent: near match. */
	r = record(rs, "需求调查.docx", EV_TYPE_DOCUMENT, "只有别的内容", 1,
	    false);
	m = match_for(r, "1", "survey");
	assert_non_null(m);
	assert_false(m->counts);
	assert_non_null(strstr(m->reason, "服务时间"));
	file_record_free(r);

	/* Identified only by the title in the text head (附件3.docx). */
	r = record(rs, "附件3.docx", EV_TYPE_DOCUMENT,
	    "需求调查报告 服务时间: 5x8", 1, false);
	m = match_for(r, "1", "survey");
	assert_non_null(m);
	assert_true(m->counts);
	assert_true(m->matched_by & MATCH_TITLE);
	file_record_free(r);

	/* Templates never count. */
	r = record(rs, "模板/需求调查报告模板.docx", EV_TYPE_DOCUMENT,
	    "服务时间", 1, false);
	m = match_for(r, "1", "survey");
	assert_non_null(m);
	assert_false(m->counts);
	assert_non_null(m->excluded_by);
	file_record_free(r);

	/* Unreadable content: never a guess. */
	r = record(rs, "需求调查.docx", EV_TYPE_DOCUMENT, NULL, 1, false);
	m = match_for(r, "1", "survey");
	assert_non_null(m);
	assert_false(m->counts);
	assert_non_null(strstr(m->reason, "unreadable"));
	file_record_free(r);

	/* An intact but encrypted document: its content is not verified. */
	{
		struct classify_input in;
		struct file_match *ms = NULL;
		size_t n = 0, i;
		const char *why = NULL;

		memset(&in, 0, sizeof(in));
		in.path = "需求调查.docx";
		in.typeclass = EV_TYPE_DOCUMENT;
		in.text_status = EXTRACT_ENCRYPTED;
		in.text_reason = "encrypted: password-protected";
		assert_int_equal(classify_file(rs, mt, &in, 0, &ms, &n), 0);
		for (i = 0; i < n; i++)
			if (strcmp(ms[i].item_id, "survey") == 0 &&
			    !ms[i].counts)
				why = ms[i].reason;
		assert_non_null(why);
		assert_non_null(strstr(why, "content not verified"));
		file_matches_free(ms, n);
	}

	/* A truncated upload is no evidence even where the content is not
	 * checked: the auditor could not open it either. */
	r = record(rs, "甲记录.docx", EV_TYPE_DOCUMENT, NULL, 1, false);
	m = match_for(r, "2", "a");
	assert_non_null(m);
	assert_false(m->counts);
	assert_non_null(strstr(m->reason, "unreadable: corrupt"));
	file_record_free(r);

	/* An intact scan (no text layer) counts where content is not
	 * checked. */
	{
		struct classify_input in;
		struct file_match *ms = NULL;
		size_t n = 0, i;
		bool counted = false;

		memset(&in, 0, sizeof(in));
		in.path = "甲记录-扫描件.pdf";
		in.typeclass = EV_TYPE_PDF;
		in.text_status = EXTRACT_NO_TEXT;
		in.text_reason = "no text layer (scanned PDF?)";
		assert_int_equal(classify_file(rs, mt, &in, 0, &ms, &n), 0);
		for (i = 0; i < n; i++)
			if (strcmp(ms[i].item_id, "a") == 0)
				counted = ms[i].counts;
		assert_true(counted);
		file_matches_free(ms, n);
	}

	/* Empty files never count. */
	r = record(rs, "甲记录.txt", EV_TYPE_TEXT, "", 1, true);
	m = match_for(r, "2", "a");
	assert_non_null(m);
	assert_false(m->counts);
	assert_string_equal(m->reason, "empty file");
	file_record_free(r);

	/* Unrelated file: nothing at all. */
	r = record(rs, "照片.jpg", EV_TYPE_IMAGE, NULL, 1, false);
	assert_int_equal(r->n_matches, 0);
	file_record_free(r);

	assert_true(ruleset_is_ignored(rs, mt, ".recycle/甲记录.docx", NULL));
	assert_true(ruleset_is_ignored(rs, mt, "a/~$甲记录.docx", NULL));
	assert_false(ruleset_is_ignored(rs, mt, "a/甲记录.docx", NULL));
	ruleset_free(rs);
}

static const struct verdict_clause *
vclause(const struct verdict *v, const char *id)
{
	size_t i;

	for (i = 0; i < v->n_clauses; i++)
		if (strcmp(v->clauses[i].clause->id, id) == 0)
			return &v->clauses[i];
	fail_msg("no clause %s", id);
	return NULL;
}

static void
test_states(void **state)
{
	struct ruleset *rs = compile();
	struct evindex *idx = evindex_new();
	struct verdict *v = NULL;
	time_t now = 2000000000, year = 365 * 86400;

	(void)state;
	/* Level 2: clause 1 missing, 2 partial (a only), 3 n/a, 4 missing. */
	evindex_put(idx, record(rs, "甲记录.docx", EV_TYPE_DOCUMENT, "x",
	    now, false));
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "1")->state, CLAUSE_MISSING);
	assert_int_equal(vclause(v, "2")->state, CLAUSE_PARTIAL);
	assert_int_equal(vclause(v, "3")->state, CLAUSE_NOT_APPLICABLE);
	assert_int_equal(vclause(v, "4")->state, CLAUSE_MISSING);
	assert_int_equal(v->count[CLAUSE_MISSING], 2);
	verdict_free(v);

	/* An old 乙 record: every item has files, one too old: stale. */
	evindex_put(idx, record(rs, "乙记录.docx", EV_TYPE_DOCUMENT, "x",
	    now - 2 * year, false));
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "2")->state, CLAUSE_STALE);
	assert_int_equal(vclause(v, "2")->items[1].state, ITEM_STALE);
	verdict_free(v);

	/* A fresh one next to it: covered. */
	evindex_put(idx, record(rs, "新/乙记录.docx", EV_TYPE_DOCUMENT, "x",
	    now - 10, false));
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "2")->state, CLAUSE_COVERED);
	assert_int_equal(vclause(v, "2")->items[1].n_files, 2);
	/* Sorted by path. */
	assert_string_equal(vclause(v, "2")->items[1].files[0].rec->facts->path,
	    "乙记录.docx");
	verdict_free(v);

	/* min_files = 2: one record is not enough, two are. */
	evindex_put(idx, record(rs, "演练记录1.docx", EV_TYPE_DOCUMENT, "x",
	    now, false));
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "4")->state, CLAUSE_MISSING);
	verdict_free(v);
	evindex_put(idx, record(rs, "演练记录2.docx", EV_TYPE_DOCUMENT, "x",
	    now, false));
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "4")->state, CLAUSE_COVERED);
	verdict_free(v);

	/* Deleting evidence takes the clause back down. */
	assert_int_equal(evindex_remove(idx, "演练记录2.docx"), 0);
	assert_int_equal(evindex_remove(idx, "演练记录2.docx"), -ENOENT);
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(vclause(v, "4")->state, CLAUSE_MISSING);
	verdict_free(v);

	/* A directory moved away removes everything beneath it only. */
	assert_int_equal(evindex_remove_under(idx, "新"), 1);
	assert_null(evindex_get(idx, "新/乙记录.docx"));
	assert_non_null(evindex_get(idx, "乙记录.docx"));

	/* Level 1: clause 2 n/a, clause 3 applies and is missing. */
	assert_int_equal(verdict_compute(rs, idx, 1, now, &v), 0);
	assert_int_equal(vclause(v, "2")->state, CLAUSE_NOT_APPLICABLE);
	assert_int_equal(vclause(v, "3")->state, CLAUSE_MISSING);
	verdict_free(v);

	evindex_free(idx);
	ruleset_free(rs);
}

static void
test_status_round_trip(void **state)
{
	struct ruleset *rs = compile();
	struct evindex *idx = evindex_new();
	struct verdict *v = NULL;
	struct json_object *doc = NULL, *back = NULL, *clauses, *c1, *ev,
	    *files, *f, *val;
	char path[] = "/tmp/evidenced-status-XXXXXX", err[256];
	time_t now = 2000000000;
	int fd;

	(void)state;
	evindex_put(idx, record(rs, "调研/需求调查报告.docx", EV_TYPE_DOCUMENT,
	    "服务时间", now - 86400, false));
	evindex_put(idx, record(rs, "坏/需求调查.docx", EV_TYPE_DOCUMENT, NULL,
	    now, false));
	evindex_set_problem(idx, "管道", "not a regular file (FIFO)");
	assert_int_equal(verdict_compute(rs, idx, 2, now, &v), 0);
	assert_int_equal(status_build(v, idx, "/srv/share", &doc), 0);

	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(status_write(doc, path, 0644, (gid_t)-1), 0);
	assert_int_equal(status_load(path, &back, err, sizeof(err)), 0);
	assert_true(json_object_equal(doc, back));

	/* The contract's fields. */
	assert_true(json_object_object_get_ex(back, "version", &val));
	assert_int_equal(json_object_get_int(val), STATUS_VERSION);
	assert_true(json_object_object_get_ex(back, "generated_at", &val));
	assert_string_equal(json_object_get_string(val),
	    "2033-05-18T03:33:20Z");
	assert_true(json_object_object_get_ex(back, "summary", &val));
	assert_true(json_object_object_get_ex(val, "covered", &val));
	assert_int_equal(json_object_get_int(val), 1);
	assert_true(json_object_object_get_ex(back, "clauses", &clauses));
	c1 = json_object_array_get_idx(clauses, 0);
	assert_string_equal(json_object_get_string(
	    json_object_object_get(c1, "id")), "1");
	assert_string_equal(json_object_get_string(
	    json_object_object_get(c1, "state")), "covered");
	ev = json_object_array_get_idx(json_object_object_get(c1, "evidence"),
	    0);
	assert_string_equal(json_object_get_string(
	    json_object_object_get(ev, "state")), "found");
	files = json_object_object_get(ev, "files");
	assert_int_equal(json_object_array_length(files), 1);
	f = json_object_array_get_idx(files, 0);
	assert_string_equal(json_object_get_string(
	    json_object_object_get(f, "path")), "调研/需求调查报告.docx");
	assert_string_equal(json_object_get_string(
	    json_object_object_get(f, "mtime")), "2033-05-17T03:33:20Z");
	assert_int_equal(json_object_array_length(
	    json_object_object_get(f, "matched_by")), 3);
	/* The unreadable one is a candidate and a problem. */
	assert_int_equal(json_object_array_length(
	    json_object_object_get(ev, "candidates")), 1);
	assert_int_equal(json_object_array_length(
	    json_object_object_get(back, "problems")), 2);

	json_object_put(back);
	/* Not a status document. */
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_int_equal(write(fd, "{\"a\":1}", 7), 7);
	close(fd);
	assert_int_equal(status_load(path, &back, err, sizeof(err)), -EINVAL);
	assert_non_null(strstr(err, "not an evidenced status document"));
	unlink(path);
	assert_int_equal(status_load(path, &back, err, sizeof(err)),
	    -ENOENT);

	json_object_put(doc);
	verdict_free(v);
	evindex_free(idx);
	ruleset_free(rs);
}

/* What status_write() put in path, which must be text and a newline:
 * it writes a document a member and a clause at a time. */
static void
assert_written_as(struct json_object *doc, const char *text)
{
	char path[] = "/tmp/evidenced-verdict-XXXXXX", *got = NULL;
	size_t len = 0;
	GError *err = NULL;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(status_write(doc, path, 0600, (gid_t)-1), 0);
	assert_true(g_file_get_contents(path, &got, &len, &err));
	unlink(path);
	assert_int_equal(len, strlen(text) + 1);
	assert_memory_equal(got, text, len - 1);
	assert_int_equal(got[len - 1], '\n');
	g_free(got);
}

/* The document of (rs, idx) at now, through cache (NULL: none), as text;
 * with write, also checked as status_write() writes it. */
static char *
status_text(const struct ruleset *rs, const struct evindex *idx, time_t now,
    struct status_cache *cache, bool write)
{
	struct verdict *v = NULL;
	struct json_object *doc = NULL;
	char *s;

	assert_int_equal(verdict_compute(rs, idx, 1, now, &v), 0);
	assert_int_equal(status_build_cached(v, idx, "/srv", cache, &doc), 0);
	/* As status_write() prints it. */
	s = strdup(json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	if (write)
		assert_written_as(doc, s);
	json_object_put(doc);
	verdict_free(v);
	assert_non_null(s);
	return s;
}

/* The file entries of a (built through a cache: compact) read as those
 * of b (built plainly) through status_file_*(). */
static void
assert_entries_read_alike(const struct ruleset *rs, const struct evindex *idx,
    time_t now, struct status_cache *cache)
{
	struct verdict *v = NULL;
	struct json_object *a = NULL, *b = NULL;
	size_t c, i, j, k, seen = 0;

	assert_int_equal(verdict_compute(rs, idx, 1, now, &v), 0);
	assert_int_equal(status_build_cached(v, idx, "/srv", cache, &a), 0);
	assert_int_equal(status_build(v, idx, "/srv", &b), 0);
	for (c = 0; c < status_len(status_arr(a, "clauses")); c++) {
		struct json_object *ca = json_object_array_get_idx(
		    status_arr(a, "clauses"), c);
		struct json_object *cb = json_object_array_get_idx(
		    status_arr(b, "clauses"), c);

		for (i = 0; i < status_len(status_arr(ca, "evidence")); i++) {
			struct json_object *ia = json_object_array_get_idx(
			    status_arr(ca, "evidence"), i);
			struct json_object *ib = json_object_array_get_idx(
			    status_arr(cb, "evidence"), i);
			static const char *const keys[] = { "files",
			    "candidates" };

			for (k = 0; k < 2; k++)
				for (j = 0; j < status_len(status_arr(ia,
				    keys[k])); j++) {
					struct json_object *fa =
					    json_object_array_get_idx(
					    status_arr(ia, keys[k]), j);
					struct json_object *fb =
					    json_object_array_get_idx(
					    status_arr(ib, keys[k]), j);

					assert_true(json_object_is_type(fa,
					    json_type_string));
					assert_string_equal(
					    status_file_path(fa),
					    status_file_path(fb));
					assert_string_equal(
					    status_file_date(fa),
					    status_file_date(fb));
					assert_int_equal(
					    status_file_stale(fa),
					    status_file_stale(fb));
					seen++;
				}
		}
	}
	assert_true(seen > 0);
	json_object_put(a);
	json_object_put(b);
	verdict_free(v);
}

/*
 * The daemon's status cache against a fresh build after every change:
 * puts, replacements, removals, a directory removed, records taken and
 * put back, and the clock moving past expiries (max_age = 1y).  Any
 * fragment kept when its clause changed shows as a difference.
 */
static void
test_status_cache(void **state)
{
	static const char *const names[] = {
		"客户需求调查报告.docx", "甲记录.docx", "乙记录.docx",
		"丙.docx", "演练记录.docx", "无关.docx",
	};
	struct ruleset *rs = compile();
	struct evindex *idx = evindex_new();
	struct status_cache *cache = status_cache_new();
	time_t now = 1800000000;
	unsigned seed = 7, kept = 0;
	char path[128], *a, *b;
	int step;

	(void)state;
	assert_non_null(idx);
	assert_non_null(cache);
	for (step = 0; step < 600; step++) {
		unsigned op = (unsigned)rand_r(&seed) % 10;
		unsigned dir = (unsigned)rand_r(&seed) % 3;
		unsigned nm = (unsigned)rand_r(&seed) % 6;
		unsigned n = (unsigned)rand_r(&seed) % 4;
		struct file_record *r;

		snprintf(path, sizeof(path), "d%u/%u%s", dir, n, names[nm]);
		if (op < 5) {
			/* Dated up to two years back: some fresh, some not,
			 * some turning stale as the clock moves. */
			r = record(rs, path, EV_TYPE_DOCUMENT,
			    op == 4 ? NULL : "报告 服务时间", now -
			    (time_t)(rand_r(&seed) % (2 * 366)) * 86400,
			    false);
			file_facts_drop_text(r->facts);
			evindex_put(idx, r);
		} else if (op == 5) {
			(void)evindex_remove(idx, path);
		} else if (op == 6) {
			if ((r = evindex_take(idx, path)) != NULL)
				evindex_put(idx, r);
		} else if (op == 7 && step % 50 == 0) {
			snprintf(path, sizeof(path), "d%u", dir);
			(void)evindex_remove_under(idx, path);
		} else if (op == 8) {
			now += (time_t)(rand_r(&seed) % 40) * 86400;
		}
		a = status_text(rs, idx, now, cache, step % 50 == 0);
		b = status_text(rs, idx, now, NULL, false);
		assert_string_equal(a, b);
		kept += strstr(a, "\"state\":\"covered\"") != NULL;
		if (step % 50 == 49 && strstr(a, "\"files\":[{") != NULL)
			assert_entries_read_alike(rs, idx, now, cache);
		free(a);
		free(b);
	}
	/* The walk met covered clauses, so fragments were both kept and
	 * rebuilt: a run where nothing was ever found proves nothing. */
	assert_true(kept > 100);
	status_cache_free(cache);
	evindex_free(idx);
	ruleset_free(rs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classify_decisions),
		cmocka_unit_test(test_states),
		cmocka_unit_test(test_status_round_trip),
		cmocka_unit_test(test_status_cache),
	};

	return cmocka_run_group_tests(tests, setup_matcher, teardown_matcher);
}
