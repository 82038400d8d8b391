/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_officexml.c - the XML handlers of the OOXML and ODF extractors
 * (extract_ooxml.c, extract_odf.c, zipxml.c) without the zip in the way:
 * random bytes rarely survive a zip's CRCs, so here the input is the XML.
 * It is cut at each line "@@@@" into up to five parts; part i becomes the
 * i-th entry below of a stored zip written with libarchive, and the zip
 * is extracted as each format.
 *
 * fuzz-seeds: fuzz/seeds/officexml
 */
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "fuzz.h"

#define NPARTS 5

static const struct {
	const char *format;
	const char *entries[NPARTS];
} layouts[] = {
	{ "docx", { "word/document.xml", "docProps/core.xml",
	    "word/header1.xml", "word/footnotes.xml", "word/comments.xml" } },
	{ "xlsx", { "xl/workbook.xml", "xl/sharedStrings.xml",
	    "xl/worksheets/sheet1.xml", "docProps/core.xml",
	    "xl/comments1.xml" } },
	{ "pptx", { "ppt/presentation.xml", "ppt/slides/slide1.xml",
	    "ppt/notesSlides/notesSlide1.xml", "docProps/core.xml",
	    "ppt/slides/slide2.xml" } },
	{ "odt", { "content.xml", "meta.xml", "styles.xml",
	    "META-INF/manifest.xml", "mimetype" } },
	{ "ods", { "content.xml", "meta.xml", "styles.xml",
	    "META-INF/manifest.xml", "mimetype" } },
};

/* A stored zip of the parts under names into buf; its length. */
static size_t
make_zip(const char *const names[NPARTS], const uint8_t *part[NPARTS],
    const size_t len[NPARTS], size_t nparts, uint8_t *buf, size_t size)
{
	struct archive *a = archive_write_new();
	struct archive_entry *e;
	size_t used = 0, i;

	FUZZ_ASSERT(a != NULL);
	FUZZ_ASSERT(archive_write_set_format_zip(a) == ARCHIVE_OK);
	FUZZ_ASSERT(archive_write_set_options(a, "zip:compression=store") ==
	    ARCHIVE_OK);
	FUZZ_ASSERT(archive_write_open_memory(a, buf, size, &used) ==
	    ARCHIVE_OK);
	for (i = 0; i < nparts; i++) {
		FUZZ_ASSERT((e = archive_entry_new()) != NULL);
		archive_entry_set_pathname(e, names[i]);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_size(e, (la_int64_t)len[i]);
		FUZZ_ASSERT(archive_write_header(a, e) == ARCHIVE_OK);
		if (len[i] > 0)
			FUZZ_ASSERT(archive_write_data(a, part[i], len[i]) ==
			    (la_ssize_t)len[i]);
		archive_entry_free(e);
	}
	FUZZ_ASSERT(archive_write_close(a) == ARCHIVE_OK);
	archive_write_free(a);
	return used;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *part[NPARTS], *p = data, *end = data + size, *sep;
	size_t len[NPARTS], n = 0, zsize = size + 4096 * NPARTS, zlen, i;
	uint8_t *zip;

	while (n < NPARTS) {
		sep = n + 1 < NPARTS ? memmem(p, (size_t)(end - p),
		    "\n@@@@\n", 6) : NULL;
		part[n] = p;
		len[n] = sep != NULL ? (size_t)(sep - p) : (size_t)(end - p);
		n++;
		if (sep == NULL)
			break;
		p = sep + 6;
	}
	FUZZ_ASSERT((zip = malloc(zsize)) != NULL);
	for (i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++) {
		zlen = make_zip(layouts[i].entries, part, len, n, zip, zsize);
		fuzz_extract(zip, zlen, layouts[i].format);
	}
	free(zip);
	return 0;
}
