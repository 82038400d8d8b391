/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_progress.c - the progress line of a long scan: counts, rate and
 * time left from a clock the test drives, the folder decoded and escaped
 * and cut to the terminal's width, the counting walk, and nothing at all
 * through a NULL handle.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/progress.h"

static double fake_now;

static double
fake_clock(void *ctx)
{
	(void)ctx;
	return fake_now;
}

static char *
describe(struct progress *p)
{
	static char buf[2048];

	assert_true(progress_describe(p, buf, sizeof(buf)) > 0);
	return buf;
}

/* Everything written to the pipe so far, NUL-terminated. */
static char *
drain(int fd)
{
	static char buf[65536];
	ssize_t n = read(fd, buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

static void
test_rate_and_eta(void **state)
{
	struct progress *p;
	int fds[2];
	size_t i;

	(void)state;
	assert_int_equal(pipe2(fds, O_NONBLOCK), 0);
	fake_now = 100.0;
	p = progress_new_with_clock(fds[1], fake_clock, NULL);
	assert_non_null(p);
	/* No count: files seen only, no rate before half a second. */
	progress_file(p, "01-准备阶段/需求调研/a.docx");
	assert_string_equal(describe(p), "检查 1 个文件  01-准备阶段/需求调研");
	/* The first file draws at once: "\r", the line, erase to the end. */
	assert_string_equal(drain(fds[0]),
	    "\r检查 1 个文件  01-准备阶段/需求调研\033[K");
	/* 199 more within 0.05 s: no redraw (at most ten a second). */
	fake_now = 100.05;
	for (i = 0; i < 199; i++)
		progress_file(p, "02/x.pdf");
	assert_string_equal(drain(fds[0]), "");
	/* 2.01 s after the start, 201 files: 100 a second. */
	fake_now = 102.01;
	progress_file(p, "top.txt");
	assert_string_equal(describe(p),
	    "检查 201 个文件  100 个/秒  （根目录）");
	assert_non_null(strstr(drain(fds[0]), "201 个文件"));
	progress_clear(p);
	assert_string_equal(drain(fds[0]), "\r\033[K");
	progress_clear(p);                      /* nothing drawn: nothing */
	assert_string_equal(drain(fds[0]), "");
	progress_free(p);
	assert_string_equal(drain(fds[0]), "");
	close(fds[0]);
	close(fds[1]);
}

static void
mkfile(const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL);

	assert_true(g_file_set_contents(path, "", 0, NULL));
	g_free(path);
}

static bool
skip_recycle(const char *relpath, void *ctx)
{
	(*(int *)ctx)++;
	return strstr(relpath, "#recycle") == NULL;
}

static void
test_count_and_eta(void **state)
{
	char tmpl[] = "/tmp/test_progress.XXXXXX", sub[600], bin[600];
	struct progress *p;
	int asked = 0, devnull = open("/dev/null", O_WRONLY);

	(void)state;
	assert_non_null(mkdtemp(tmpl));
	snprintf(sub, sizeof(sub), "%s/制度", tmpl);
	snprintf(bin, sizeof(bin), "%s/#recycle", tmpl);
	assert_int_equal(mkdir(sub, 0755), 0);
	assert_int_equal(mkdir(bin, 0755), 0);
	mkfile(tmpl, "a.docx");
	mkfile(sub, "b.docx");
	mkfile(sub, "c.xlsx");
	mkfile(sub, "d.pdf");
	mkfile(bin, "gone.docx");

	fake_now = 10.0;
	p = progress_new_with_clock(devnull, fake_clock, NULL);
	progress_count(p, tmpl, skip_recycle, &asked);
	assert_true(asked >= 2);                /* the caller's descend */
	/* 4 files counted (not the recycle bin); 1 s later, 2 done. */
	fake_now = 11.0;
	progress_file(p, "制度/b.docx");         /* redrawn: names 制度 */
	progress_file(p, "a.docx");             /* too soon to redraw */
	assert_string_equal(describe(p),
	    "检查 2/4 个文件  2.0 个/秒  剩余约 0:01  制度");
	/* The estimate follows the rate: 3 files in 30 s, 1 left. */
	fake_now = 40.0;
	progress_file(p, "制度/c.xlsx");
	assert_string_equal(describe(p),
	    "检查 3/4 个文件  0.1 个/秒  剩余约 0:10  制度");
	progress_free(p);

	/* A share that cannot be walked: no count, no estimate. */
	p = progress_new_with_clock(devnull, fake_clock, NULL);
	progress_count(p, "/nonexistent-share", NULL, NULL);
	fake_now = 50.0;
	progress_file(p, "x");
	assert_string_equal(describe(p), "检查 1 个文件  0.1 个/秒  （根目录）");
	progress_free(p);

	snprintf(sub, sizeof(sub), "rm -rf '%s'", tmpl);
	assert_int_equal(system(sub), 0);
	close(devnull);
}

static void
test_hostile_and_long_names(void **state)
{
	struct progress *p;
	char name[1024], *line;
	int fds[2];
	size_t i;

	(void)state;
	fake_now = 0;
	p = progress_new_with_clock(-1, fake_clock, NULL);
	/* A newline or an escape in a folder name cannot reach the
	 * terminal; GBK bytes are decoded (资质 in GBK: d7 ca d6 ca). */
	progress_file(p, "evil\n\033[2J/x.docx");
	assert_string_equal(describe(p), "检查 1 个文件  evil\\x0a\\x1b[2J");
	fake_now = 1.0;
	progress_file(p, "\xd7\xca\xd6\xca/x.docx");
	assert_string_equal(describe(p), "检查 2 个文件  2.0 个/秒  资质 [GBK]");
	progress_free(p);

	/* A folder too long for the terminal keeps its tail, and the line
	 * fits in 79 columns (the pipe has no size: 80). */
	assert_int_equal(pipe2(fds, O_NONBLOCK), 0);
	p = progress_new_with_clock(fds[1], fake_clock, NULL);
	strcpy(name, "开头");
	for (i = 0; i < 40; i++)
		strcat(name, "/目录");
	strcat(name, "/结尾/x.docx");
	progress_file(p, name);
	line = drain(fds[0]);
	assert_non_null(strstr(line, "…"));
	assert_non_null(strstr(line, "目录/结尾\033[K"));
	assert_null(strstr(line, "开头"));
	/* The line between "\r" and the erase fills 79 columns at most,
	 * CJK counting two. */
	{
		const char *c = line + 1;
		size_t cols = 0;

		for (; *c != '\033'; c = g_utf8_next_char(c))
			cols += g_unichar_iswide(g_utf8_get_char(c)) ? 2 : 1;
		assert_true(cols <= 79);
		assert_true(cols >= 76);
	}
	progress_free(p);
	close(fds[0]);
	close(fds[1]);

	/* NULL: every call does nothing. */
	progress_file(NULL, "x");
	progress_count(NULL, "/", NULL, NULL);
	progress_clear(NULL);
	progress_free(NULL);
	assert_int_equal(progress_describe(NULL, name, sizeof(name)), -EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rate_and_eta),
		cmocka_unit_test(test_count_and_eta),
		cmocka_unit_test(test_hostile_and_long_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
