/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_pathname.c - the file-name decoder (pathname.c): any bytes become
 * valid UTF-8 (pathname_to_utf8), and pathname_escape() of anything is
 * one printable line: valid UTF-8 without C0, DEL or C1 controls.
 *
 * fuzz-seeds: fuzz/seeds/pathname
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/pathname.h"
#include "fuzz.h"

/* A pathname_escape() result: valid UTF-8 and nothing a terminal acts
 * on (C1 controls are U+0080..U+009F: C2 80..C2 9F). */
static void
check_escaped(const char *s)
{
	size_t i, n = strlen(s);

	FUZZ_ASSERT(utf8_valid(s, n));
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		FUZZ_ASSERT(c >= 0x20 && c != 0x7f);
		if (c == 0xc2 && i + 1 < n)
			FUZZ_ASSERT((unsigned char)s[i + 1] >= 0xa0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum pathname_decoding how;
	char *raw = fuzz_strndup(data, size), *u = NULL, *e;
	int rc;

	rc = pathname_to_utf8(raw, &u, &how);
	FUZZ_ASSERT(rc == 0 || rc == -ENOMEM);
	if (rc == 0) {
		FUZZ_ASSERT(u != NULL && utf8_valid(u, strlen(u)));
		if (how == PATHNAME_UTF8)
			FUZZ_ASSERT(strcmp(u, raw) == 0);
		e = pathname_escape(u);
		FUZZ_ASSERT(e != NULL);
		check_escaped(e);
		free(e);
	}
	e = pathname_escape(raw);
	FUZZ_ASSERT(e != NULL);
	check_escaped(e);
	free(e);
	free(u);
	free(raw);
	return 0;
}
