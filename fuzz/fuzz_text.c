/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_text.c - plain text, encoding detection and the html stripper
 * (extract_text.c), then dates found in the text (dates.c, run by
 * extract_fd on every text read whole).  txt, csv and md take the same
 * path; html adds charset declarations and markup.
 *
 * fuzz-seeds: tests/data/text:txt,csv,md,html examples/share:txt,csv,md,html
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_extract(data, size, "txt");
	fuzz_extract(data, size, "html");
	return 0;
}
