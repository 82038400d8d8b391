/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_pdf.c - the MuPDF glue (extract_pdf.c): memory accounting, page
 * loop, metadata dates and title.  MuPDF itself is not instrumented, so
 * coverage guides only through the glue.
 *
 * fuzz-seeds: tests/data/pdf:pdf examples/share:pdf
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_extract(data, size, "pdf");
	return 0;
}
