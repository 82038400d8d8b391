/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_odf.c - OpenDocument (extract_odf.c, zipxml.c): each input is read
 * as a text document and as a spreadsheet (which walks cells).
 *
 * fuzz-seeds: tests/data/office:odt,ods,odp
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_extract(data, size, "odt");
	fuzz_extract(data, size, "ods");
	return 0;
}
