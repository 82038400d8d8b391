/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_scanner.c - the one-file pipeline (scanner.c) and the engine's
 * walk (engine.c) on a real temporary share: names decoded, ignored paths
 * dropped, text extracted and dated, problems recorded once, unchanged
 * files kept, renames re-judged without reading, an empty root taken as
 * unmounted.
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

#include "evidenced/evindex.h"
#include "evidenced/scanner.h"
#include "evidenced/engine.h"

static const char rules[] =
"[ignore]\n"
"path = (^|/)\\.recycle(/|$)\n"
"       (^|/)~\\$\n"
"[35]\n"
"text = 明确安全运维的方式\n"
"levels = 1 2\n"
"[35/sla]\n"
"label = 服务级别协议\n"
"name = 服务级别协议\n"
"title = ^.{0,60}服务级别协议\n"
"content_all = 驻场|现场\n";

static char share[] = "/tmp/evidenced-scan-XXXXXX";
static struct ruleset *rs;

static void
put(const char *rel, const char *text)
{
	char p[512];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", share, rel);
	f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void
copy_fixture(const char *from, const char *rel)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "cp '%s' '%s/%s'", from, share, rel);
	assert_int_equal(system(cmd), 0);
}

static int
setup(void **state)
{
	struct rules_compiler *rc = rules_compiler_new();
	char p[512];

	(void)state;
	if (mkdtemp(share) == NULL || rc == NULL)
		return -1;
	rules_compiler_add_string(rc, "t.rules", rules, RULES_LAYER_PACK);
	if (rules_compiler_finish(rc, &rs) != 0)
		return -1;
	rules_compiler_free(rc);
	snprintf(p, sizeof(p), "%s/SLA", share);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/.recycle", share);
	mkdir(p, 0755);
	put("SLA/服务级别协议.txt", "服务级别协议\n运维方式：驻场值守。\n签订日期：2024年5月6日\n");
	put(".recycle/服务级别协议.txt", "服务级别协议 驻场");
	put("SLA/~$服务级别协议.txt", "x");
	put("SLA/\xb7\xfe\xce\xf1\xbc\xb6\xb1\xf0\xd0\xad\xd2\xe9.txt",
	    "服务级别协议 驻场");
	copy_fixture("tests/data/office/sla.docx", "SLA/附件3.docx");
	copy_fixture("tests/data/office/truncated.docx",
	    "SLA/服务级别协议-坏.docx");
	snprintf(p, sizeof(p), "%s/SLA/管道", share);
	assert_int_equal(mkfifo(p, 0644), 0);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[512];

	(void)state;
	ruleset_free(rs);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", share);
	return system(cmd) == 0 ? 0 : -1;
}

static const struct file_match *
sla_match(const struct file_record *r)
{
	return r->n_matches == 1 && strcmp(r->matches[0].item_id, "sla") ==
	    0 ? &r->matches[0] : NULL;
}

static void
test_scan_file(void **state)
{
	struct scanner *sc = scanner_new(rs, NULL, SCANNER_KEEP_TEXT);
	struct file_record *r = NULL;
	int rootfd = open(share, O_RDONLY | O_DIRECTORY);

	(void)state;
	assert_non_null(sc);
	assert_true(rootfd >= 0);

	/* Text file: extracted, dated by its text, counts. */
	assert_int_equal(scanner_scan_file(sc, rootfd, "SLA/服务级别协议.txt",
	    &r), 0);
	assert_string_equal(r->facts->format, "txt");
	assert_int_equal(r->facts->text_status, EXTRACT_OK);
	assert_int_equal(r->facts->date_source, DATE_SOURCE_TEXT);
	assert_non_null(r->facts->text);
	/* The line break between two CJK characters is gone, "：" is ":". */
	assert_non_null(strstr(r->facts->text, "服务级别协议运维方式:驻场值守"));
	assert_non_null(sla_match(r));
	assert_true(sla_match(r)->counts);
	file_record_free(r);

	/* Ignored paths are decided before anything is read. */
	assert_int_equal(scanner_scan_file(sc, rootfd,
	    ".recycle/服务级别协议.txt", &r), 0);
	assert_non_null(r->ignored_by);
	assert_int_equal(r->n_matches, 0);
	file_record_free(r);
	assert_true(scanner_ignores(sc, ".recycle"));
	assert_true(scanner_ignores(sc, "SLA/~$服务级别协议.txt"));
	assert_false(scanner_ignores(sc, "SLA"));

	/* A GBK name is decoded and matched as the user reads it. */
	assert_int_equal(scanner_scan_file(sc, rootfd,
	    "SLA/\xb7\xfe\xce\xf1\xbc\xb6\xb1\xf0\xd0\xad\xd2\xe9.txt", &r), 0);
	assert_string_equal(r->facts->path, "SLA/服务级别协议 [GBK].txt");
	assert_int_equal(r->facts->name_decoding, PATHNAME_GB18030);
	assert_true(sla_match(r)->counts);
	file_record_free(r);

	/* A docx named 附件3 is identified by its title. */
	assert_int_equal(scanner_scan_file(sc, rootfd, "SLA/附件3.docx", &r),
	    0);
	assert_string_equal(r->facts->format, "docx");
	assert_non_null(sla_match(r));
	assert_true(sla_match(r)->matched_by & MATCH_TITLE);
	file_record_free(r);

	/* A truncated upload: named right, never counts, says why. */
	assert_int_equal(scanner_scan_file(sc, rootfd,
	    "SLA/服务级别协议-坏.docx", &r), 0);
	assert_int_equal(r->facts->text_status, EXTRACT_CORRUPT);
	assert_false(sla_match(r)->counts);
	assert_non_null(strstr(sla_match(r)->reason, "unreadable"));
	file_record_free(r);

	/* A FIFO is refused without blocking; so is leaving the share. */
	assert_int_equal(scanner_scan_file(sc, rootfd, "SLA/管道", &r),
	    -EINVAL);
	assert_null(r);
	assert_true(scanner_scan_file(sc, rootfd, "../etc/passwd", &r) < 0);
	assert_null(r);

	/* Judged again from its facts: as read, and without the second
	 * [ignore] look that scanner_judge_kept() trusts the caller for
	 * (a file ignored would be "kept" by it: the caller's promise). */
	for (int kept = 0; kept < 2; kept++) {
		struct file_record *again = NULL;
		struct file_facts *f;
		const char *rel = kept ? ".recycle/服务级别协议.txt" :
		    "SLA/服务级别协议.txt";

		assert_int_equal(scanner_scan_file(sc, rootfd, rel, &r), 0);
		f = r->facts;
		r->facts = NULL;
		assert_int_equal(scanner_judge_kept(sc, f, &again), 0);
		assert_null(again->ignored_by);
		assert_non_null(sla_match(again));
		assert_string_equal(again->facts->relpath, rel);
		if (!kept) {
			assert_true(sla_match(again)->counts);
			assert_int_equal(sla_match(again)->matched_by,
			    sla_match(r)->matched_by);
		} else {
			/* Never read: named right, counts for nothing. */
			assert_non_null(r->ignored_by);
			assert_false(sla_match(again)->counts);
		}
		file_record_free(again);
		file_record_free(r);
	}

	close(rootfd);
	scanner_free(sc);
}

static void
write_rules(const char *path)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(rules, f);
	fclose(f);
}

static void
rename_in_share(const char *from, const char *to)
{
	char a[600], b[600];

	snprintf(a, sizeof(a), "%s/%s", share, from);
	snprintf(b, sizeof(b), "%s/%s", share, to);
	assert_int_equal(rename(a, b), 0);
}

static void
engine_opts(struct engine_options *eo, const char *root, const char *rpath)
{
	memset(eo, 0, sizeof(*eo));
	eo->share = root;
	eo->rules = rpath;
	eo->level = 2;
	extract_limits_default(&eo->limits);
	eo->flags = ENGINE_KEEP_TEXT;
}

static void
test_engine_scan(void **state)
{
	char rpath[] = "/tmp/evidenced-rules-XXXXXX";
	struct evindex_problem *probs = NULL;
	struct engine_options eo;
	struct engine_stats st;
	struct engine *e = NULL;
	const struct evindex *idx;
	size_t n = 0;
	int fd;

	(void)state;
	fd = mkstemp(rpath);
	assert_true(fd >= 0);
	close(fd);
	write_rules(rpath);
	engine_opts(&eo, share, rpath);
	assert_int_equal(engine_new(&eo, NULL, NULL, &e), 0);
	assert_int_equal(engine_rescan(e, &st), 0);
	idx = engine_index(e);
	/* .recycle is never entered; the lock file is seen and ignored. */
	assert_int_equal(st.ignored, 1);
	assert_int_equal(evindex_count(idx), 4);
	assert_int_equal(st.unreadable, 1);
	assert_int_equal(st.problems, 1);
	assert_non_null(evindex_get(idx, "SLA/附件3.docx"));
	assert_null(evindex_get(idx, ".recycle/服务级别协议.txt"));
	/* The GBK name is its own key, beside the UTF-8 one. */
	assert_non_null(evindex_get(idx,
	    "SLA/\xb7\xfe\xce\xf1\xbc\xb6\xb1\xf0\xd0\xad\xd2\xe9.txt"));
	assert_non_null(evindex_get(idx, "SLA/服务级别协议.txt"));
	assert_int_equal(evindex_problems(idx, &probs, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(probs[0].path, "SLA/管道");
	assert_non_null(strstr(probs[0].what, "FIFO"));
	free(probs);

	/* Nothing changed: nothing is read again. */
	assert_int_equal(engine_rescan(e, &st), 0);
	assert_int_equal(st.scanned, 0);
	assert_int_equal(st.ignored, 1);        /* the lock file, not opened */
	assert_int_equal(st.unchanged, 4);
	assert_int_equal(st.removed, 0);

	/* A rename re-keys and re-judges without reading: the record moves
	 * and is still identified by its title under the new name. */
	rename_in_share("SLA/附件3.docx", "SLA/附件4.docx");
	assert_int_equal(engine_move_path(e, "SLA/附件3.docx",
	    "SLA/附件4.docx"), 0);
	assert_null(evindex_get(idx, "SLA/附件3.docx"));
	assert_non_null(evindex_get(idx, "SLA/附件4.docx"));
	assert_non_null(sla_match(evindex_get(idx, "SLA/附件4.docx")));
	assert_true(sla_match(evindex_get(idx, "SLA/附件4.docx"))->matched_by &
	    MATCH_TITLE);
	assert_non_null(evindex_get(idx, "SLA/附件4.docx")->facts->text);
	/* Moved into the recycle bin: gone from the index. */
	rename_in_share("SLA/附件4.docx", ".recycle/附件4.docx");
	assert_int_equal(engine_move_path(e, "SLA/附件4.docx",
	    ".recycle/附件4.docx"), 0);
	assert_null(evindex_get(idx, ".recycle/附件4.docx"));
	assert_int_equal(evindex_count(idx), 3);
	/* engine_remove_path takes a directory with everything in it. */
	assert_int_equal(engine_remove_path(e, "SLA") >= 3, true);
	assert_int_equal(evindex_count(idx), 0);
	engine_free(e);

	/* A missing share root is reported, not fatal. */
	eo.share = "/nonexistent-share";
	assert_int_equal(engine_new(&eo, NULL, NULL, &e), 0);
	assert_int_equal(engine_rescan(e, &st), -ENOENT);
	assert_true(engine_share_unavailable(e));
	engine_free(e);
	unlink(rpath);
}

/* An empty root while files are indexed is an unmounted share: the
 * index is kept and the share marked unavailable. */
static void
test_engine_unmounted(void **state)
{
	char dir[] = "/tmp/evidenced-mnt-XXXXXX", rpath[600], p[600];
	struct engine_options eo;
	struct engine_stats st;
	struct engine *e = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(rpath, sizeof(rpath), "%s.rules", dir);
	write_rules(rpath);
	snprintf(p, sizeof(p), "%s/服务级别协议.txt", dir);
	{
		FILE *f = fopen(p, "w");

		assert_non_null(f);
		fputs("服务级别协议 驻场", f);
		fclose(f);
	}
	engine_opts(&eo, dir, rpath);
	assert_int_equal(engine_new(&eo, NULL, NULL, &e), 0);
	assert_int_equal(engine_rescan(e, &st), 0);
	assert_int_equal(evindex_count(engine_index(e)), 1);
	assert_int_equal(unlink(p), 0);
	assert_true(engine_rescan(e, &st) < 0);
	assert_true(engine_share_unavailable(e));
	assert_int_equal(evindex_count(engine_index(e)), 1);
	/* An empty folder is something met: the share is there, and the
	 * file is gone from it. */
	snprintf(p, sizeof(p), "%s/空文件夹", dir);
	assert_int_equal(mkdir(p, 0755), 0);
	assert_int_equal(engine_rescan(e, &st), 0);
	assert_false(engine_share_unavailable(e));
	assert_int_equal(st.removed, 1);
	assert_int_equal(evindex_count(engine_index(e)), 0);
	engine_free(e);
	rmdir(p);
	rmdir(dir);
	unlink(rpath);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_file),
		cmocka_unit_test(test_engine_scan),
		cmocka_unit_test(test_engine_unmounted),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
