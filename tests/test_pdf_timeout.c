/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_pdf_timeout.c - max_seconds holds inside one PDF page: a page
 * whose FlateDecode content stream inflates to millions of operators
 * (70 KB on disk) is stopped by the fz_cookie at the limit, not after the
 * page, and says so.
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
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "evidenced/extract.h"

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

static void
test_one_slow_page(void **state)
{
	char path[] = "/tmp/evidenced-slowpdf-XXXXXX";
	struct extract_limits lim;
	struct extract_result *r = NULL;
	struct timespec t0, t1;
	double took;
	FILE *f;
	int fd;

	(void)state;
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(f = fdopen(fd, "w+"));
	/* Far more than a second of interpretation, under ASan or not. */
	write_slow_pdf(f, 20u << 20);
	fflush(f);
	extract_limits_default(&lim);
	lim.max_seconds = 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(extract_fd(fileno(f), "pdf", &lim, &r), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	took = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) /
	    1e9;
	fclose(f);
	unlink(path);
	assert_int_equal(r->status, EXTRACT_TIMEOUT);
	if (strstr(r->reason, "in page 1 of 1") == NULL)
		fail_msg("reason: %s", r->reason);
	if (took > 2.5)
		fail_msg("stopped after %.1f s with max_seconds = 1", took);
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_slow_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
