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

void
fuzz_extract(const uint8_t *data, size_t size, const char *format)
{
	struct extract_limits lim;
	struct extract_result *r = NULL;
	int fd = fuzz_memfd(data, size);

	fuzz_limits(&lim);
	FUZZ_ASSERT(extract_fd(fd, format, &lim, &r) == 0);
	FUZZ_ASSERT(r != NULL);
	if (r->status == EXTRACT_OK)
		FUZZ_ASSERT(r->text != NULL && r->reason[0] == '\0');
	else
		FUZZ_ASSERT(r->reason[0] != '\0');
	if (r->text != NULL) {
		/* No NUL inside: matching would stop at it. */
		FUZZ_ASSERT(strlen(r->text) == r->text_len);
		FUZZ_ASSERT(r->text_len <= lim.max_text_bytes);
		FUZZ_ASSERT(utf8_valid(r->text, r->text_len));
	}
	if (r->title != NULL)
		FUZZ_ASSERT(utf8_valid(r->title, strlen(r->title)));
	extract_result_free(r);
	close(fd);
}
