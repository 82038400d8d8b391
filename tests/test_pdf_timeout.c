/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_pdf_timeout.c - max_seconds holds inside one PDF page: a page
 * whose FlateDecode content stream inflates to millions of operators
 * (70 KB on disk) is stopped by the fz_cookie at the limit, not after the
 * page, and says so; also in a sandboxed worker, where the watchdog is
 * a thread the seccomp filter must allow.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "evidenced/extract.h"
#include "evidenced/pool.h"

/* A one-page PDF whose content is "q 1 0 0 1 0 0 cm Q" repeated n times,
 * compressed; a real xref so that MuPDF needs no repair. */
static void
write_slow_pdf(FILE *f, size_t n)
{
	static const char op[] = "q 1 0 0 1 0 0 cm Q\n";
	size_t len = n * (sizeof(op) - 1), i;
	unsigned char *raw, *z;
	uLongf zlen;
	long off[5];
	long xref;

	assert_non_null(raw = malloc(len));
	for (i = 0; i < n; i++)
		memcpy(raw + i * (sizeof(op) - 1), op, sizeof(op) - 1);
	zlen = compressBound(len);
	assert_non_null(z = malloc(zlen));
	assert_int_equal(compress2(z, &zlen, raw, len, 9), Z_OK);
	fputs("%PDF-1.4\n", f);
	off[1] = ftell(f);
	fputs("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n", f);
	off[2] = ftell(f);
	fputs("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n", f);
	off[3] = ftell(f);
	fputs("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
	    "/Contents 4 0 R >> endobj\n", f);
	off[4] = ftell(f);
	fprintf(f, "4 0 obj << /Length %lu /Filter /FlateDecode >> stream\n",
	    (unsigned long)zlen);
	fwrite(z, 1, zlen, f);
	fputs("\nendstream endobj\n", f);
	xref = ftell(f);
	fputs("xref\n0 5\n0000000000 65535 f \n", f);
	for (i = 1; i <= 4; i++)
		fprintf(f, "%010ld 00000 n \n", off[i]);
	fprintf(f, "trailer << /Size 5 /Root 1 0 R >>\nstartxref\n%ld\n"
	    "%%%%EOF\n", xref);
	free(raw);
	free(z);
}

static char path[] = "/tmp/evidenced-slowpdf-XXXXXX";
static FILE *slow;

static int
setup(void **state)
{
	int fd;

	(void)state;
	if ((fd = mkstemp(path)) < 0 || (slow = fdopen(fd, "w+")) == NULL)
		return -1;
	/* Far more than a second of interpretation, under ASan or not. */
	write_slow_pdf(slow, 20u << 20);
	fflush(slow);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	fclose(slow);
	unlink(path);
	return 0;
}

static double
since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (t1.tv_nsec - t0->tv_nsec) /
	    1e9;
}

static void
test_one_slow_page(void **state)
{
	struct extract_limits lim;
	struct extract_result *r = NULL;
	struct timespec t0;
	double took;

	(void)state;
	extract_limits_default(&lim);
	lim.max_seconds = 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(extract_fd(fileno(slow), "pdf", &lim, &r), 0);
	took = since(&t0);
	assert_int_equal(r->status, EXTRACT_TIMEOUT);
	if (strstr(r->reason, "in page 1 of 1") == NULL)
		fail_msg("reason: %s", r->reason);
	if (took > 2.5)
		fail_msg("stopped after %.1f s with max_seconds = 1", took);
	extract_result_free(r);
}

/* The same in the shipped worker: stopped by the cookie (the reason
 * names the page), well before the hard kill. */
static void
test_in_worker(void **state)
{
	struct pool_options po;
	struct pool *p = NULL;
	struct file_facts *f = NULL;
	struct timespec t0;
	struct stat st;
	int fd;

	(void)state;
	memset(&po, 0, sizeof(po));
	po.workers = 1;
	po.worker_path = "build/evidenced-worker";
	po.margin_ms = 5000;
	extract_limits_default(&po.limits);
	po.limits.max_seconds = 1;
	assert_int_equal(pool_new(&po, &p), 0);
	assert_true((fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(pool_submit(p, fd, &st, "slow.pdf", 0, NULL), 0);
	assert_int_equal(pool_next(p, true, &f, NULL), 1);
	if (since(&t0) > 2.5)
		fail_msg("stopped after %.1f s with max_seconds = 1", since(&t0));
	assert_int_equal(f->text_status, EXTRACT_TIMEOUT);
	if (strstr(f->text_reason, "in page 1 of 1") == NULL)
		fail_msg("reason: %s", f->text_reason);
	file_facts_free(f);
	pool_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_slow_page),
		cmocka_unit_test(test_in_worker),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
