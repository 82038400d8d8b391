/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz.c - helpers of the fuzz targets (fuzz.h): in-memory files and the
 * checks every extractor result must pass.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "evidenced/pathname.h"
#include "fuzz.h"

void
fuzz_fail(const char *what, const char *file, int line)
{
	fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
	abort();
}

int
fuzz_memfd(const uint8_t *data, size_t size)
{
	size_t off = 0;
	ssize_t n;
	int fd;

	fd = memfd_create("fuzz", MFD_CLOEXEC);
	FUZZ_ASSERT(fd >= 0);
	while (off < size) {
		n = write(fd, data + off, size - off);
		FUZZ_ASSERT(n > 0);
		off += (size_t)n;
	}
	FUZZ_ASSERT(lseek(fd, 0, SEEK_SET) == 0);
	return fd;
}

void
fuzz_fd_path(int fd, char *buf, size_t size)
{
	snprintf(buf, size, "/proc/self/fd/%d", fd);
}

char *
fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	FUZZ_ASSERT(s != NULL);
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

void
fuzz_limits(struct extract_limits *lim)
{
	extract_limits_default(lim);
	lim->max_file_bytes = 4u << 20;
	lim->max_inflated_bytes = 16u << 20;
	lim->max_text_bytes = 256u << 10;
	lim->max_pdf_pages = 16;
	lim->max_seconds = 5;
	lim->helper_max_memory = 256u << 20;
}

/* Checks every result must pass, whatever the input. */
static void
check_result(const struct extract_result *r, const struct extract_limits *lim)
{
	if (r->status == EXTRACT_OK)
		FUZZ_ASSERT(r->text != NULL && r->reason[0] == '\0');
	else
		FUZZ_ASSERT(r->reason[0] != '\0');
	if (r->text != NULL) {
		/* No NUL inside: matching would stop at it. */
		FUZZ_ASSERT(strlen(r->text) == r->text_len);
		FUZZ_ASSERT(r->text_len <= lim->max_text_bytes);
		FUZZ_ASSERT(utf8_valid(r->text, r->text_len));
	}
	if (r->title != NULL)
		FUZZ_ASSERT(utf8_valid(r->title, strlen(r->title)));
}

/*
 * The memo only saves work: a docx read twice through one memo (the
 * second read takes the remembered styles.xml) gives the first read's
 * text, byte for byte.
 */
static void
fuzz_extract_memo(int fd, const char *format,
    const struct extract_limits *lim, const struct extract_result *plain)
{
	struct extract_memo *memo = NULL;
	struct extract_result *r = NULL;
	int round;

	FUZZ_ASSERT(extract_memo_new(&memo) == 0);
	for (round = 0; round < 2; round++) {
		FUZZ_ASSERT(extract_fd_memo(fd, format, lim, memo, &r) == 0);
		check_result(r, lim);
		FUZZ_ASSERT(r->status == plain->status);
		FUZZ_ASSERT(r->text_len == plain->text_len);
		if (r->text_len > 0)
			FUZZ_ASSERT(memcmp(r->text, plain->text,
			    r->text_len) == 0);
		FUZZ_ASSERT(r->n_sections == plain->n_sections);
		extract_result_free(r);
	}
	extract_memo_free(memo);
}

void
fuzz_extract(const uint8_t *data, size_t size, const char *format)
{
	struct extract_limits lim;
	struct extract_result *r = NULL;
	int fd = fuzz_memfd(data, size);

	fuzz_limits(&lim);
	FUZZ_ASSERT(extract_fd(fd, format, &lim, &r) == 0);
	FUZZ_ASSERT(r != NULL);
	check_result(r, &lim);
	if (strcmp(format, "docx") == 0 && r->status != EXTRACT_TIMEOUT)
		fuzz_extract_memo(fd, format, &lim, r);
	extract_result_free(r);
	close(fd);
}
