/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_textnorm.c - what runs on every extracted text and name before
 * matching: textnorm_normalize() (output valid UTF-8, NUL-terminated at
 * its length, whatever the input) and the date finder and parsers of
 * dates.c (a date found is never after "now").
 *
 * fuzz-seeds: tests/data/text:txt,csv,md fuzz/seeds/textnorm
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "evidenced/dates.h"
#include "evidenced/pathname.h"
#include "evidenced/textnorm.h"
#include "fuzz.h"

/* A fixed "now" (2026-06-30), so that a crash replays the same way. */
#define FUZZ_NOW ((time_t)1782777600)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *norm = NULL, *s = fuzz_strndup(data, size), buf[32];
	size_t len = 0;
	time_t t;

	FUZZ_ASSERT(textnorm_normalize((const char *)data, size, &norm,
	    &len) == 0);
	FUZZ_ASSERT(norm != NULL && norm[len] == '\0');
	FUZZ_ASSERT(utf8_valid(norm, len));
	if (dates_latest_in_text(norm, len, FUZZ_NOW, &t) == 0)
		FUZZ_ASSERT(t <= FUZZ_NOW);
	if (dates_latest_in_text((const char *)data, size, FUZZ_NOW, &t) == 0)
		FUZZ_ASSERT(t <= FUZZ_NOW);
	if (dates_parse_iso(s, &t) == 0)
		FUZZ_ASSERT(dates_rfc3339(t, buf, sizeof(buf)) != NULL);
	if (dates_parse_pdf(s, &t) == 0)
		FUZZ_ASSERT(dates_rfc3339(t, buf, sizeof(buf)) != NULL);
	free(norm);
	free(s);
	return 0;
}
