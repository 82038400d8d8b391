/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_scanner.c - the one-file pipeline (scanner.c) and the one-shot walk
 * (sharescan.c) on a real temporary share: names decoded, ignored paths
 * dropped, text extracted and dated, problems recorded once.
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
#include "evidenced/sharescan.h"

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

static const struct item_match *
sla_match(const struct file_record *r)
{
	return r->n_matches == 1 && strcmp(r->matches[0].item->id, "sla") ==
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
	assert_string_equal(r->type.format, "txt");
	assert_int_equal(r->text_status, EXTRACT_OK);
	assert_int_equal(r->date_source, DATE_SOURCE_TEXT);
	assert_non_null(r->norm_text);
	/* The line break between two CJK characters is gone, "：" is ":". */
	assert_non_null(strstr(r->norm_text, "服务级别协议运维方式:驻场值守"));
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
	assert_string_equal(r->path, "SLA/服务级别协议.txt");
	assert_int_equal(r->name_decoding, PATHNAME_GB18030);
	assert_true(sla_match(r)->counts);
	file_record_free(r);

	/* A docx named 附件3 is identified by its title. */
	assert_int_equal(scanner_scan_file(sc, rootfd, "SLA/附件3.docx", &r),
	    0);
	assert_string_equal(r->type.format, "docx");
	assert_non_null(sla_match(r));
	assert_true(sla_match(r)->matched_by & MATCH_TITLE);
	file_record_free(r);

	/* A truncated upload: named right, never counts, says why. */
	assert_int_equal(scanner_scan_file(sc, rootfd,
	    "SLA/服务级别协议-坏.docx", &r), 0);
	assert_int_equal(r->text_status, EXTRACT_CORRUPT);
	assert_false(sla_match(r)->counts);
	assert_non_null(strstr(sla_match(r)->reason, "unreadable"));
	file_record_free(r);

	/* A FIFO is refused without blocking; so is leaving the share. */
	assert_int_equal(scanner_scan_file(sc, rootfd, "SLA/管道", &r),
	    -EINVAL);
	assert_null(r);
	assert_true(scanner_scan_file(sc, rootfd, "../etc/passwd", &r) < 0);
	assert_null(r);

	close(rootfd);
	scanner_free(sc);
}

static void
test_sharescan(void **state)
{
	struct scanner *sc = scanner_new(rs, NULL, 0);
	struct evindex *idx = evindex_new();
	struct evindex_problem *probs = NULL;
	struct sharescan_stats st;
	size_t n = 0;

	(void)state;
	assert_int_equal(sharescan_run(share, rs, sc, idx, &st), 0);
	/* .recycle is never entered; the lock file is seen and ignored. */
	assert_int_equal(st.ignored, 1);
	assert_int_equal(st.indexed, 4);
	assert_int_equal(st.unreadable, 1);
	assert_int_equal(st.problems, 1);
	assert_non_null(evindex_get(idx, "SLA/附件3.docx"));
	assert_null(evindex_get(idx, ".recycle/服务级别协议.txt"));
	assert_int_equal(evindex_problems(idx, &probs, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(probs[0].path, "SLA/管道");
	assert_non_null(strstr(probs[0].what, "FIFO"));
	free(probs);

	assert_int_equal(sharescan_run("/nonexistent-share", rs, sc, idx,
	    &st), -ENOENT);
	evindex_free(idx);
	scanner_free(sc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_file),
		cmocka_unit_test(test_sharescan),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
