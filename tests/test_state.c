/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_state.c - the state database (state.c) and the engine on top of
 * it: records and texts round-trip, renames re-key, a corrupt, truncated
 * or other-schema database is rebuilt, the matches codec refuses every
 * truncation; an engine restarted on its state reads nothing that did
 * not change, and a reload re-judges from stored text without reading.
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
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>

#include "evidenced/engine.h"
#include "evidenced/state.h"

static char dir[] = "/tmp/evidenced-state-XXXXXX";

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(dir) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[256];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* A fresh state directory under dir. */
static char *
fresh_dir(const char *name)
{
	char *p = g_build_filename(dir, name, NULL);
	char *cmd = g_strdup_printf("rm -rf '%s'", p);

	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	return p;
}

static struct file_facts *
make_facts(const char *relpath, const char *text, int64_t mtime)
{
	struct file_facts *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	assert_int_equal(file_facts_rename(f, relpath), 0);
	f->id.dev = 7;
	f->id.ino = 1234;
	f->id.size = 99;
	f->id.mtime_ns = mtime;
	f->id.ctime_ns = mtime + 1;
	strcpy(f->format, "txt");
	f->typeclass = 1;
	f->extracted = true;
	f->date = 1700000000;
	if (text != NULL) {
		f->text = strdup(text);
		f->text_len = strlen(text);
	}
	return f;
}

static struct file_match *
make_matches(size_t *n)
{
	struct file_match *m = calloc(2, sizeof(*m));

	assert_non_null(m);
	m[0].clause_id = strdup("35");
	m[0].item_id = strdup("sla");
	m[0].counts = true;
	m[0].matched_by = MATCH_NAME | MATCH_CONTENT;
	m[0].name_pattern = strdup("服务级别协议");
	m[1].clause_id = strdup("12");
	m[1].item_id = strdup("policy");
	m[1].matched_by = MATCH_TITLE;
	m[1].title_pattern = strdup("^制度");
	m[1].excluded_by = strdup("模板");
	m[1].reason = strdup("a template (模板)");
	m[1].section = strdup("§3 问题管理程序");
	*n = 2;
	return m;
}

static void
assert_matches_equal(const struct file_match *a, size_t na,
    const struct file_match *b, size_t nb)
{
	size_t i;

	assert_int_equal(na, nb);
	for (i = 0; i < na; i++) {
		assert_string_equal(a[i].clause_id, b[i].clause_id);
		assert_string_equal(a[i].item_id, b[i].item_id);
		assert_int_equal(a[i].counts, b[i].counts);
		assert_int_equal(a[i].matched_by, b[i].matched_by);
#define SAME(f) if (a[i].f == NULL) assert_null(b[i].f); \
		else assert_string_equal(a[i].f, b[i].f)
		SAME(name_pattern);
		SAME(title_pattern);
		SAME(excluded_by);
		SAME(reason);
		SAME(section);
#undef SAME
	}
}

/* ---- the matches codec ---------------------------------------------- */

static void
test_codec(void **state)
{
	struct file_match *m, *d = NULL;
	size_t n, nd = 0, i, bit;
	uint8_t *buf = NULL;
	size_t len = 0;

	(void)state;
	m = make_matches(&n);
	assert_int_equal(state_matches_encode(m, n, &buf, &len), 0);
	assert_int_equal(state_matches_decode(buf, len, &d, &nd), 0);
	assert_matches_equal(m, n, d, nd);
	file_matches_free(d, nd);

	/* Every truncation and every extra byte is refused. */
	for (i = 0; i < len; i++) {
		assert_int_equal(state_matches_decode(buf, i, &d, &nd),
		    -EINVAL);
		assert_null(d);
	}
	{
		uint8_t *longer = g_malloc(len + 1);

		memcpy(longer, buf, len);
		longer[len] = 0;
		assert_int_equal(state_matches_decode(longer, len + 1, &d,
		    &nd), -EINVAL);
		g_free(longer);
	}
	/* Flipped bits decode or are refused; never a crash (ASan). */
	for (i = 0; i < len; i++)
		for (bit = 0; bit < 8; bit++) {
			buf[i] ^= (uint8_t)(1u << bit);
			if (state_matches_decode(buf, len, &d, &nd) == 0)
				file_matches_free(d, nd);
			buf[i] ^= (uint8_t)(1u << bit);
		}
	/* A count far beyond what the bytes can hold. */
	buf[4] = buf[5] = buf[6] = buf[7] = 0xff;
	assert_int_equal(state_matches_decode(buf, len, &d, &nd), -EINVAL);
	g_free(buf);

	/* No matches: an empty array round-trips. */
	assert_int_equal(state_matches_encode(NULL, 0, &buf, &len), 0);
	assert_int_equal(state_matches_decode(buf, len, &d, &nd), 0);
	assert_null(d);
	assert_int_equal(nd, 0);
	g_free(buf);
	/* A match without its ids cannot be stored. */
	free(m[1].item_id);
	m[1].item_id = NULL;
	assert_int_equal(state_matches_encode(m, n, &buf, &len), -EINVAL);
	file_matches_free(m, n);
}

/* ---- the database --------------------------------------------------- */

struct loaded {
	size_t n;
	struct file_facts *f[8];
	struct file_match *m[8];
	size_t nm[8];
	bool judged[8];
};

static int
collect(void *ctx, struct file_facts *f, struct file_match *m, size_t n,
    bool judged)
{
	struct loaded *l = ctx;

	assert_true(l->n < 8);
	l->f[l->n] = f;
	l->m[l->n] = m;
	l->nm[l->n] = n;
	l->judged[l->n] = judged;
	l->n++;
	return 0;
}

/* Count records, keep none. */
static int
collect_none_ok(void *ctx, struct file_facts *f, struct file_match *m,
    size_t n, bool judged)
{
	(void)ctx;
	(void)judged;
	file_facts_free(f);
	file_matches_free(m, n);
	return 0;
}

static void
loaded_free(struct loaded *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		file_facts_free(l->f[i]);
		file_matches_free(l->m[i], l->nm[i]);
	}
	memset(l, 0, sizeof(*l));
}

/* Load everything from a state directory opened anew. */
static void
reload_from(const char *sdir, struct loaded *l, bool *rebuilt)
{
	struct state *s = NULL;

	memset(l, 0, sizeof(*l));
	assert_int_equal(state_open(sdir, &s), 0);
	if (rebuilt != NULL)
		*rebuilt = state_rebuilt(s);
	assert_int_equal(state_load(s, collect, NULL, l, NULL), 0);
	state_close(s);
}

static const struct file_facts *
find_loaded(const struct loaded *l, const char *relpath, size_t *at)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->f[i]->relpath, relpath) == 0) {
			if (at != NULL)
				*at = i;
			return l->f[i];
		}
	return NULL;
}

static void
test_round_trip(void **state)
{
	char *sdir = fresh_dir("rt");
	struct state *s = NULL;
	struct file_facts *f, *g;
	struct file_match *m;
	struct loaded l;
	bool rebuilt = false;
	char *text = NULL;
	size_t n, len = 0, at = 0;
	struct stat st;

	(void)state;
	assert_int_equal(state_open(sdir, &s), 0);
	assert_true(state_rebuilt(s));          /* created */
	f = make_facts("SLA/服务级别协议.txt", "服务级别协议 驻场值守", 1000);
	{
		/* Sections live in the facts blob: they survive a restart
		 * even though the text is stored apart. */
		struct doc_section sec = { DOC_SECTION_HEADING, 1, false,
		    (char *)"1 服务级别", NULL, 0, 6 };

		assert_int_equal(facts_sections_copy(f, &sec, 1), 0);
	}
	m = make_matches(&n);
	/* A GBK name is a raw byte key of its own. */
	g = make_facts("SLA/\xb7\xfe\xce\xf1.txt", NULL, 2000);
	assert_null(state_rules(s));
	state_begin(s);
	assert_int_equal(state_set_rules(s, "fp-1"), 0);
	assert_int_equal(state_put(s, f, m, n), 0);
	assert_int_equal(state_put(s, g, NULL, 0), 0);
	assert_int_equal(state_commit(s), 0);
	state_close(s);
	/* Private: it holds document text. */
	{
		char *db = g_build_filename(sdir, STATE_DB_NAME, NULL);

		assert_int_equal(stat(db, &st), 0);
		assert_int_equal(st.st_mode & 0077, 0);
		g_free(db);
	}

	reload_from(sdir, &l, &rebuilt);
	assert_false(rebuilt);
	assert_int_equal(l.n, 2);
	assert_non_null(find_loaded(&l, "SLA/服务级别协议.txt", &at));
	assert_string_equal(l.f[at]->path, "SLA/服务级别协议.txt");
	assert_int_equal(l.f[at]->n_sections, 1);
	assert_string_equal(l.f[at]->sections[0].heading, "1 服务级别");
	assert_int_equal(l.f[at]->sections[0].end, 6);
	assert_int_equal(l.f[at]->id.mtime_ns, 1000);
	assert_int_equal(l.f[at]->text_len, f->text_len);
	assert_null(l.f[at]->text);             /* never with the facts */
	assert_true(l.judged[at]);
	assert_matches_equal(m, n, l.m[at], l.nm[at]);
	assert_non_null(find_loaded(&l, "SLA/\xb7\xfe\xce\xf1.txt", &at));
	assert_true(l.judged[at]);
	assert_int_equal(l.nm[at], 0);
	loaded_free(&l);

	assert_int_equal(state_open(sdir, &s), 0);
	assert_string_equal(state_rules(s), "fp-1");
	assert_int_equal(state_set_rules(s, NULL), 0);
	assert_null(state_rules(s));
	assert_int_equal(state_set_rules(s, "fp-2"), 0);
	/* The text comes back for the same content only. */
	assert_int_equal(state_text(s, f, &text, &len), 0);
	assert_string_equal(text, "服务级别协议 驻场值守");
	assert_int_equal(len, f->text_len);
	free(text);
	f->id.mtime_ns++;
	assert_int_equal(state_text(s, f, &text, &len), -EBADMSG);
	assert_null(text);
	f->id.mtime_ns--;
	assert_int_equal(state_text(s, g, &text, &len), -ENOENT);

	/* Facts without their text ("not kept here") leave it stored; facts
	 * of an empty text drop it. */
	free(f->text);
	f->text = NULL;
	assert_int_equal(state_put(s, f, m, n), 0);
	assert_int_equal(state_text(s, f, &text, &len), 0);
	free(text);
	f->text_len = 0;
	assert_int_equal(state_put(s, f, m, n), 0);
	assert_int_equal(state_text(s, f, &text, &len), -ENOENT);
	f->text = strdup("新的文本");
	f->text_len = strlen(f->text);
	assert_int_equal(state_put(s, f, m, n), 0);

	/* Renamed: the text follows, the old name is gone; a rename over
	 * an existing name replaces it. */
	assert_int_equal(state_rename(s, "SLA/服务级别协议.txt", "新/协议.txt"),
	    0);
	assert_int_equal(state_text(s, f, &text, &len), -ENOENT);
	assert_int_equal(file_facts_rename(f, "新/协议.txt"), 0);
	assert_int_equal(state_text(s, f, &text, &len), 0);
	assert_string_equal(text, "新的文本");
	free(text);
	assert_int_equal(state_rename(s, "新/协议.txt",
	    "SLA/\xb7\xfe\xce\xf1.txt"), 0);
	state_close(s);

	reload_from(sdir, &l, NULL);
	assert_int_equal(l.n, 1);
	assert_non_null(find_loaded(&l, "SLA/\xb7\xfe\xce\xf1.txt", &at));
	/* Stored under the old name inside the facts: re-keyed, and its
	 * matches no longer trusted (the name is part of the judgement). */
	assert_false(l.judged[at]);
	assert_string_equal(l.f[at]->path, "SLA/\xe6\x9c\x8d\xe5\x8a\xa1 [GBK].txt");
	loaded_free(&l);

	assert_int_equal(state_open(sdir, &s), 0);
	assert_int_equal(state_remove(s, "SLA/\xb7\xfe\xce\xf1.txt"), 0);
	assert_int_equal(state_remove(s, "not/there"), 0);
	state_close(s);
	reload_from(sdir, &l, NULL);
	assert_int_equal(l.n, 0);

	file_facts_free(f);
	file_facts_free(g);
	file_matches_free(m, n);
	g_free(sdir);
}

/* A state with n records and texts, closed. */
static char *
filled(const char *name, size_t n)
{
	char *sdir = fresh_dir(name), rel[64], text[4096];
	struct state *s = NULL;
	struct file_match *m;
	size_t nm, i, j;

	assert_int_equal(state_open(sdir, &s), 0);
	m = make_matches(&nm);
	state_begin(s);
	for (i = 0; i < n; i++) {
		struct file_facts *f;

		snprintf(rel, sizeof(rel), "d%03zu/文件%05zu.txt", i % 10, i);
		/* Text that does not compress to nothing. */
		for (j = 0; j + 16 < sizeof(text); j += 16)
			snprintf(text + j, 17, "%016zx", (i * 2654435761u) ^
			    (j * 40503u));
		f = make_facts(rel, text, (int64_t)i);
		assert_int_equal(state_put(s, f, m, nm), 0);
		file_facts_free(f);
	}
	assert_int_equal(state_commit(s), 0);
	file_matches_free(m, nm);
	state_close(s);
	return sdir;
}

static void
write_bytes(const char *path, const void *b, size_t len)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, len, f), len);
	fclose(f);
}

static bool
exists(const char *sdir, const char *name)
{
	char *p = g_build_filename(sdir, name, NULL);
	bool yes = access(p, F_OK) == 0;

	g_free(p);
	return yes;
}

static void
test_corrupt(void **state)
{
	char *sdir = filled("garbage", 3), *db;
	struct loaded l;
	bool rebuilt = false;
	uint8_t junk[8192];
	size_t i;
	struct stat st;
	struct state *s = NULL;
	int rc;

	(void)state;
	reload_from(sdir, &l, &rebuilt);
	assert_int_equal(l.n, 3);
	assert_false(rebuilt);
	loaded_free(&l);

	/* Garbage bytes: moved aside, an empty database in its place. */
	db = g_build_filename(sdir, STATE_DB_NAME, NULL);
	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (uint8_t)(i * 7 + 3);
	write_bytes(db, junk, sizeof(junk));
	reload_from(sdir, &l, &rebuilt);
	assert_true(rebuilt);
	assert_int_equal(l.n, 0);
	assert_true(exists(sdir, STATE_DB_NAME ".corrupt"));
	g_free(db);
	g_free(sdir);

	/* Truncated to half: its header still reads, its records do not;
	 * the load says so and leaves an empty, working database. */
	sdir = filled("truncated", 300);
	db = g_build_filename(sdir, STATE_DB_NAME, NULL);
	assert_int_equal(stat(db, &st), 0);
	assert_true(st.st_size > 64 * 1024);
	assert_int_equal(truncate(db, st.st_size / 2), 0);
	memset(&l, 0, sizeof(l));
	assert_int_equal(state_open(sdir, &s), 0);
	rc = state_load(s, collect_none_ok, NULL, NULL, NULL);
	assert_true(rc == -EBADMSG || (rc == 0 && state_rebuilt(s)));
	assert_true(state_rebuilt(s));
	state_close(s);
	reload_from(sdir, &l, &rebuilt);
	assert_int_equal(l.n, 0);
	assert_false(rebuilt);          /* the rebuilt one is sound */
	assert_true(exists(sdir, STATE_DB_NAME ".corrupt"));
	g_free(db);
	g_free(sdir);

	/* Cut anywhere, down to nothing: whatever opens is usable, and
	 * loads either the records that survived or none. */
	for (i = 0; i < 6; i++) {
		static const off_t cut[] = { 0, 50, 100, 1024, 4096, 12288 };
		struct file_facts *f = make_facts("after.txt", "文本", 5);
		struct loaded l2;

		sdir = filled("cut", 5);
		db = g_build_filename(sdir, STATE_DB_NAME, NULL);
		assert_int_equal(truncate(db, cut[i]), 0);
		assert_int_equal(state_open(sdir, &s), 0);
		rc = state_load(s, collect_none_ok, NULL, NULL, NULL);
		assert_true(rc == 0 || rc == -EBADMSG);
		assert_int_equal(state_put(s, f, NULL, 0), 0);
		state_close(s);
		reload_from(sdir, &l2, NULL);
		assert_non_null(find_loaded(&l2, "after.txt", NULL));
		loaded_free(&l2);
		file_facts_free(f);
		g_free(db);
		g_free(sdir);
	}
}

static void
sql(const char *sdir, const char *stmt)
{
	char *db = g_build_filename(sdir, STATE_DB_NAME, NULL);
	sqlite3 *h = NULL;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, stmt, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	g_free(db);
}

static void
test_versions(void **state)
{
	char *sdir = filled("older", 3);
	struct loaded l;
	bool rebuilt = false;

	(void)state;
	/* An older (or newer) schema is removed and rebuilt, not kept. */
	sql(sdir, "PRAGMA user_version = 0");
	reload_from(sdir, &l, &rebuilt);
	assert_true(rebuilt);
	assert_int_equal(l.n, 0);
	assert_false(exists(sdir, STATE_DB_NAME ".corrupt"));
	g_free(sdir);

	/* Another program's database in our directory. */
	sdir = filled("foreign", 3);
	sql(sdir, "PRAGMA application_id = 42");
	reload_from(sdir, &l, &rebuilt);
	assert_true(rebuilt);
	assert_int_equal(l.n, 0);
	g_free(sdir);

	/* One undecodable record is dropped; the others load. */
	sdir = filled("badrow", 3);
	sql(sdir, "UPDATE file SET facts = x'45564631ff' WHERE id = 2;"
	    "UPDATE file SET matches = x'45564d31' WHERE id = 3");
	{
		struct state *s = NULL;
		size_t dropped = 0;

		memset(&l, 0, sizeof(l));
		assert_int_equal(state_open(sdir, &s), 0);
		assert_int_equal(state_load(s, collect, NULL, &l, &dropped), 0);
		assert_int_equal(dropped, 2);
		assert_int_equal(l.n, 1);
		loaded_free(&l);
		state_close(s);
	}
	reload_from(sdir, &l, NULL);
	assert_int_equal(l.n, 1);
	loaded_free(&l);

	/* One engine per state directory. */
	{
		struct state *s = NULL, *t = NULL;
		char *p = fresh_dir("locked");

		assert_int_equal(state_open(p, &s), 0);
		assert_int_equal(state_open(p, &t), -EBUSY);
		assert_null(t);
		state_close(s);
		assert_int_equal(state_open(p, &t), 0);
		state_close(t);
		g_free(p);
	}

	/* A directory that cannot be one is an error, not a crash. */
	{
		struct state *s = NULL;
		char *p = g_build_filename(dir, "file", NULL);

		write_bytes(p, "x", 1);
		g_free(sdir);
		sdir = g_build_filename(p, "state", NULL);
		assert_true(state_open(sdir, &s) < 0);
		assert_null(s);
		g_free(p);
	}
	g_free(sdir);
}

static void
test_fingerprint(void **state)
{
	char *path = g_build_filename(dir, "fp.rules", NULL);
	char *names[1] = { path };
	struct ruleset rs;
	char *a = NULL, *b = NULL, *c = NULL;
	struct stat st;

	(void)state;
	memset(&rs, 0, sizeof(rs));
	rs.files = names;
	rs.n_files = 1;
	write_bytes(path, "[35]\nlevels = 1\n", 16);
	assert_int_equal(state_fingerprint(&rs, 0, &a), 0);
	assert_int_equal(state_fingerprint(&rs, 0, &b), 0);
	assert_non_null(a);
	assert_int_equal(strlen(a), 64);
	assert_string_equal(a, b);
	write_bytes(path, "[35]\nlevels = 2\n", 16);
	assert_int_equal(state_fingerprint(&rs, 0, &c), 0);
	assert_string_not_equal(a, c);
	free(b);
	/* Changed since the compile began: no fingerprint to trust. */
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(state_fingerprint(&rs, (int64_t)st.st_ctim.tv_sec *
	    1000000000 + st.st_ctim.tv_nsec, &b), 0);
	assert_null(b);
	unlink(path);
	assert_int_equal(state_fingerprint(&rs, 0, &b), 0);
	assert_null(b);
	free(a);
	free(c);
	g_free(path);
}

/* ---- the engine on a state ------------------------------------------ */

/* The rules of the engine test: v1 asks the content for 驻场 or 安全运维
 * (both files say one), v2 for 远程 (remote), which only the text file
 * says.  Clause 12 stays as it is: a reload re-judges only what changed. */
#define RULES_V1 "驻场|安全运维"
#define RULES_V2 "远程"

static void
write_rules(const char *path, const char *content_all)
{
	char *text = g_strdup_printf("[ignore]\npath = (^|/)\\.recycle(/|$)\n"
	    "[35]\ntext = 明确安全运维的方式\nlevels = 1 2\n[35/sla]\n"
	    "label = 服务级别协议\nname = 服务级别协议\n"
	    "title = ^.{0,60}服务级别协议\ncontent_all = %s\n"
	    "[12]\ntext = 建立制度\nlevels = 1 2\n"
	    "[12/policy]\nlabel = 管理制度\nname = 制度\n"
	    "[12/plan]\nlabel = 计划\nname = 计划\ncontent_any = 年度\n",
	    content_all);

	write_bytes(path, text, strlen(text));
	g_free(text);
	/* Rule files written just before a start are not trusted as
	 * compiled (state_fingerprint): let the coarse clock move on. */
	usleep(30000);
}

struct eng {
	char *share, *rules, *sdir;
	struct engine_options eo;
};

static void
put_file(const char *root, const char *rel, const char *text)
{
	char *p = g_build_filename(root, rel, NULL);

	write_bytes(p, text, strlen(text));
	g_free(p);
}

static struct engine *
start(struct eng *g, struct engine_counters *c, struct engine_stats *st)
{
	struct engine *e = NULL;

	assert_int_equal(engine_new(&g->eo, NULL, NULL, &e), 0);
	engine_counters(e, c);
	assert_int_equal(engine_rescan(e, st), 0);
	return e;
}

/* Start an engine on g's state and check what it took from there and
 * what it had to read. */
static struct engine *
restart(struct eng *g, size_t restored, size_t rejudged, size_t scanned)
{
	struct engine_counters c;
	struct engine_stats st;
	struct engine *e = start(g, &c, &st);

	assert_int_equal(c.restored, restored);
	assert_int_equal(c.rejudged, rejudged);
	assert_int_equal(st.scanned, scanned);
	engine_counters(e, &c);
	assert_int_equal(c.files_read, scanned);
	return e;
}

/* e judges every file as a scan without state under the same rules. */
static void
assert_judged_as_scan(struct engine *e, const struct eng *g)
{
	struct engine_options eo = g->eo;
	const struct file_record **ra = NULL, **rb = NULL;
	struct engine_stats st;
	struct engine *f = NULL;
	size_t na = 0, nb = 0, i;

	eo.state_dir = NULL;
	assert_int_equal(engine_new(&eo, NULL, NULL, &f), 0);
	assert_int_equal(engine_rescan(f, &st), 0);
	assert_int_equal(evindex_sorted(engine_index(e), &ra, &na), 0);
	assert_int_equal(evindex_sorted(engine_index(f), &rb, &nb), 0);
	assert_int_equal(na, nb);
	for (i = 0; i < na; i++) {
		assert_string_equal(file_record_relpath(ra[i]),
		    file_record_relpath(rb[i]));
		assert_matches_equal(ra[i]->matches, ra[i]->n_matches,
		    rb[i]->matches, rb[i]->n_matches);
	}
	free(ra);
	free(rb);
	engine_free(f);
}

static const struct file_match *
sla(struct engine *e, const char *rel)
{
	const struct file_record *r = evindex_get(engine_index(e), rel);
	size_t i;

	assert_non_null(r);
	for (i = 0; i < r->n_matches; i++)
		if (strcmp(r->matches[i].item_id, "sla") == 0)
			return &r->matches[i];
	return NULL;
}

static void
test_engine_restart(void **state)
{
	struct eng g;
	struct engine *e;
	struct engine_counters c;
	struct engine_stats st;
	char *p, cmd[1024];

	(void)state;
	memset(&g, 0, sizeof(g));
	g.share = fresh_dir("share");
	g.sdir = fresh_dir("engine-state");
	g.rules = g_build_filename(dir, "engine.rules", NULL);
	assert_int_equal(mkdir(g.share, 0755), 0);
	p = g_build_filename(g.share, "SLA", NULL);
	assert_int_equal(mkdir(p, 0755), 0);
	g_free(p);
	put_file(g.share, "SLA/服务级别协议.txt",
	    "服务级别协议\n运维方式：驻场值守，远程支持。\n");
	put_file(g.share, "SLA/笔记.txt", "会议记录");
	put_file(g.share, "空.txt", "");
	put_file(g.share, "安全管理制度与计划.txt", "年度计划与管理制度");
	snprintf(cmd, sizeof(cmd), "cp tests/data/office/sla.docx '%s/SLA/附件3.docx'",
	    g.share);
	assert_int_equal(system(cmd), 0);
	write_rules(g.rules, RULES_V1);
	g.eo.share = g.share;
	g.eo.rules = g.rules;
	g.eo.level = 2;
	extract_limits_default(&g.eo.limits);
	g.eo.state_dir = g.sdir;

	/* First start: everything read and stored; no text in memory. */
	e = start(&g, &c, &st);
	assert_int_equal(c.restored, 0);
	assert_int_equal(st.scanned, 5);
	assert_null(evindex_get(engine_index(e),
	    "SLA/服务级别协议.txt")->facts->text);
	assert_true(sla(e, "SLA/服务级别协议.txt")->counts);
	assert_true(sla(e, "SLA/附件3.docx")->counts);
	/* A file that proves nothing keeps only its name and identity in
	 * memory; one that proves something, its facts. */
	assert_null(evindex_get(engine_index(e), "SLA/笔记.txt")->facts);
	assert_string_equal(file_record_relpath(evindex_get(engine_index(e),
	    "SLA/笔记.txt")), "SLA/笔记.txt");
	assert_non_null(evindex_get(engine_index(e),
	    "SLA/服务级别协议.txt")->facts);
	engine_free(e);

	/* Restart: every record restored as judged, nothing read. */
	e = restart(&g, 5, 0, 0);
	assert_true(sla(e, "SLA/服务级别协议.txt")->counts);
	assert_true(sla(e, "SLA/附件3.docx")->matched_by & MATCH_TITLE);
	engine_free(e);

	/* One file changed while down: exactly that one is read. */
	put_file(g.share, "SLA/笔记.txt", "会议记录，补充");
	e = start(&g, &c, &st);
	assert_int_equal(st.scanned, 1);
	assert_int_equal(st.unchanged, 4);

	/* Reload with an edited pattern: judged again from the stored
	 * texts, no file read, and the verdict follows the new rules. */
	write_rules(g.rules, RULES_V2);
	engine_counters(e, &c);
	assert_int_equal(c.files_read, 1);
	assert_int_equal(engine_reload(e, &g.eo, NULL, NULL), 0);
	engine_counters(e, &c);
	assert_int_equal(c.files_read, 1);
	assert_int_equal(c.rejudged, 5);
	assert_int_equal(c.texts_loaded, 4);    /* the empty file has none */
	assert_true(sla(e, "SLA/服务级别协议.txt")->counts);
	assert_false(sla(e, "SLA/附件3.docx")->counts);
	assert_judged_as_scan(e, &g);
	/* Clause 12 is judged as before. */
	assert_int_equal(evindex_get(engine_index(e),
	    "安全管理制度与计划.txt")->n_matches, 2);

	/* A directory renamed: re-keyed in the state, nothing read, and
	 * unchanged at the next start. */
	snprintf(cmd, sizeof(cmd), "mv '%s/SLA' '%s/协议'", g.share, g.share);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(engine_move_path(e, "SLA", "协议"), 0);
	engine_counters(e, &c);
	assert_int_equal(c.files_read, 1);
	/* The slim one too: its facts came back from the state, were judged
	 * under the new name, and it is slim again. */
	assert_null(evindex_get(engine_index(e), "协议/笔记.txt")->facts);
	assert_null(evindex_get(engine_index(e), "SLA/笔记.txt"));
	engine_free(e);

	/* Restart on the new rules: restored as the reload judged. */
	e = restart(&g, 5, 0, 0);
	assert_false(sla(e, "协议/附件3.docx")->counts);
	assert_true(sla(e, "协议/服务级别协议.txt")->counts);
	engine_free(e);

	/* A re-judgement interrupted (the fingerprint cleared, never set
	 * again): not believed, judged again from the stored texts. */
	{
		struct state *s = NULL;

		assert_int_equal(state_open(g.sdir, &s), 0);
		assert_non_null(state_rules(s));
		assert_int_equal(state_set_rules(s, NULL), 0);
		state_close(s);
	}
	e = restart(&g, 0, 5, 0);
	assert_false(sla(e, "协议/附件3.docx")->counts);
	engine_free(e);

	/* Back to the old rules while down: re-judged from the stored
	 * texts at start, still nothing read. */
	write_rules(g.rules, RULES_V1);
	e = restart(&g, 0, 5, 0);
	assert_true(sla(e, "协议/附件3.docx")->counts);
	engine_free(e);

	/* A corrupt database: rebuilt from a scan, never fatal. */
	p = g_build_filename(g.sdir, STATE_DB_NAME, NULL);
	write_bytes(p, "SQLite format 3\0garbage", 24);
	g_free(p);
	e = start(&g, &c, &st);
	assert_int_equal(c.restored, 0);
	assert_int_equal(st.scanned, 5);
	engine_free(e);
	e = start(&g, &c, &st);
	assert_int_equal(st.scanned, 0);
	engine_free(e);

	/* A second engine on a state in use works without it. */
	{
		struct engine *other = start(&g, &c, &st);

		e = start(&g, &c, &st);
		assert_int_equal(st.scanned, 5);
		assert_int_equal(c.restored, 0);
		engine_free(e);
		engine_free(other);
	}

	/* A state directory that cannot be: the engine works without. */
	p = g_build_filename(g.share, "空.txt", "state", NULL);
	g.eo.state_dir = p;
	e = start(&g, &c, &st);
	assert_int_equal(st.scanned, 5);
	engine_free(e);
	g_free(p);

	g_free(g.share);
	g_free(g.sdir);
	g_free(g.rules);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codec),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_corrupt),
		cmocka_unit_test(test_versions),
		cmocka_unit_test(test_fingerprint),
		cmocka_unit_test(test_engine_restart),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
