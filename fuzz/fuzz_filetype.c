/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_filetype.c - type detection (filetype.c): libmagic, the zip probe
 * (libarchive: mimetype of ODF, [Content_Types] of OOXML) and the text
 * second opinion, under three names whose extensions steer the
 * tie-breaks.  A detected type is one of the documented formats with
 * exactly one class bit.
 *
 * fuzz-seeds: tests/data/office tests/data/text tests/data/pdf:pdf
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evidenced/filetype.h"
#include "fuzz.h"

static const char *const names[] = { "a.docx", "a.txt", "a.xls" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct filetype *ft;     /* the magic database, opened once */
	struct filetype_info info;
	size_t i;
	int fd = fuzz_memfd(data, size);

	if (ft == NULL)
		FUZZ_ASSERT((ft = filetype_new()) != NULL);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		memset(&info, 0, sizeof(info));
		FUZZ_ASSERT(filetype_detect_fd(ft, fd, names[i], &info) == 0);
		FUZZ_ASSERT(info.format != NULL);
		FUZZ_ASSERT(info.typeclass != 0 &&
		    (info.typeclass & (info.typeclass - 1)) == 0);
		FUZZ_ASSERT(memchr(info.mime, '\0', sizeof(info.mime)));
		FUZZ_ASSERT(lseek(fd, 0, SEEK_CUR) == 0);
	}
	close(fd);
	return 0;
}
