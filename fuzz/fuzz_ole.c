/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_ole.c - the in-process part of legacy Office (extract_ole.c): the
 * signature check and the OLE2 directory walk that finds encrypted files.
 * The helpers (catdoc & co.) are kept out of reach, so nothing is spawned
 * and the input ends as "helper missing" once it passed the walk.
 *
 * fuzz-seeds: tests/data/text:doc,xls,rtf tests/data/office:odt examples/share:doc,xls,ppt
 */
#include <stdlib.h>

#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* A helper path with no helpers in it: find_helper() fails. */
	setenv("EVIDENCED_HELPER_PATH", "/nonexistent/evidenced-fuzz", 1);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_extract(data, size, "doc");
	fuzz_extract(data, size, "rtf");
	return 0;
}
