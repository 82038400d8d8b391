/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_ooxml.c - Office Open XML (extract_ooxml.c, zipxml.c): each input
 * is read as docx, xlsx and pptx, since the format picks which parts of
 * the zip are parsed.
 *
 * fuzz-seeds: tests/data/office:docx,xlsx,pptx examples/share:docx,xlsx,pptx
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_extract(data, size, "docx");
	fuzz_extract(data, size, "xlsx");
	fuzz_extract(data, size, "pptx");
	return 0;
}
