/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_ooxml.c - text and metadata of docx, xlsx and pptx.
 *
 * The zip is streamed through zipxml.c; this file only decides which parts
 * carry text and what the markup means.  Names are matched on the local
 * name only, so Transitional and Strict OOXML (different namespace URIs,
 * same local names) both work.
 *
 * What is text:
 *  - docx: body (tables, text boxes), headers, footers, footnotes,
 *    endnotes, comments.  Only w:t (and a:t in drawings) is text, so
 *    deleted text (w:delText), field codes (w:instrText) and moved-away
 *    text (w:moveFrom) are not.  Runs glue with no separator (a phrase
 *    split across runs must rejoin); paragraphs, breaks, tabs and table
 *    cells become whitespace.  mc:Fallback is skipped: Word writes every
 *    text box twice, as DrawingML in mc:Choice and as VML in mc:Fallback.
 *  - xlsx: sheet names (workbook.xml), then every shared string in table
 *    order, then each sheet's own values (inline strings, numbers, cached
 *    formula results), tabs between cells and newlines between rows.
 *    Cells that point into the shared strings are not resolved: the
 *    strings are all emitted once, which is all matching needs and keeps
 *    memory bounded by max_text_bytes instead of by the table size.
 *    Phonetic runs (rPh) are skipped: they repeat a string's reading.
 *  - pptx: slides in slide-number order, then notes pages.
 *  - docProps/core.xml: dc:title, dcterms:created, dcterms:modified.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "evidenced/dates.h"
#include "extract_impl.h"
#include "zipxml.h"

enum ooxml_kind { OOXML_DOCX, OOXML_XLSX, OOXML_PPTX };

enum ooxml_field { FIELD_NONE, FIELD_TITLE, FIELD_CREATED, FIELD_MODIFIED };

struct ooxml {
	struct zipxml *zx;
	enum ooxml_kind kind;
	const char *main_part;  /* must be present */
	bool have_main;

	/* Per part. */
	int in_t;               /* depth inside a text-carrying element */
	int skip;               /* depth inside a subtree that is not text */
	bool cell_shared;       /* xlsx: current cell points into sst */

	/* docProps/core.xml */
	enum ooxml_field field;
	struct zipxml_field fbuf;
	char *title;            /* owned until moved into r */
	time_t created, modified;
};

/* Subtrees whose text is not document text. */
static bool
ooxml_skipped(const char *local)
{
	return strcmp(local, "Fallback") == 0 ||
	    strcmp(local, "rPh") == 0 ||
	    strcmp(local, "moveFrom") == 0 ||
	    strcmp(local, "del") == 0;
}

/* WordprocessingML, DrawingML text and shared strings. */
static void XMLCALL
ml_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	(void)atts;
	if (o->skip > 0 || ooxml_skipped(local)) {
		o->skip++;
		return;
	}
	if (strcmp(local, "t") == 0)
		o->in_t++;
	else if (strcmp(local, "p") == 0)       /* nested: text box */
		zipxml_sep(o->zx, ' ');
	else if (strcmp(local, "tab") == 0)
		zipxml_sep(o->zx, '\t');
	else if (strcmp(local, "br") == 0 || strcmp(local, "cr") == 0)
		zipxml_sep(o->zx, '\n');
}

static void XMLCALL
ml_end(void *ud, const XML_Char *name)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0) {
		o->skip--;
		return;
	}
	if (strcmp(local, "t") == 0) {
		if (o->in_t > 0)
			o->in_t--;
	} else if (strcmp(local, "p") == 0 || strcmp(local, "tr") == 0 ||
	    strcmp(local, "si") == 0 || strcmp(local, "txbxContent") == 0) {
		zipxml_sep(o->zx, '\n');
	} else if (strcmp(local, "tc") == 0) {
		zipxml_sep_set(o->zx, '\t');
	}
}

static void XMLCALL
ml_chars(void *ud, const XML_Char *s, int len)
{
	struct ooxml *o = ud;

	if (o->in_t > 0 && o->skip == 0)
		zipxml_text(o->zx, s, (size_t)len);
}

/* xlsx worksheets: c/v for own values, c/is//t for inline strings. */
static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name), *t;

	if (o->skip > 0 || ooxml_skipped(local)) {
		o->skip++;
		return;
	}
	if (strcmp(local, "c") == 0) {
		t = zipxml_attr(atts, "t");
		o->cell_shared = t != NULL && strcmp(t, "s") == 0;
		zipxml_sep(o->zx, '\t');
	} else if (strcmp(local, "t") == 0 ||
	    (strcmp(local, "v") == 0 && !o->cell_shared)) {
		o->in_t++;
	}
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0) {
		o->skip--;
		return;
	}
	if (strcmp(local, "t") == 0 ||
	    (strcmp(local, "v") == 0 && !o->cell_shared)) {
		if (o->in_t > 0)
			o->in_t--;
	} else if (strcmp(local, "c") == 0) {
		o->cell_shared = false;
	} else if (strcmp(local, "row") == 0) {
		zipxml_sep(o->zx, '\n');
	}
}

/* xlsx workbook: sheet names. */
static void XMLCALL
workbook_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *v;

	if (strcmp(zipxml_local(name), "sheet") == 0 &&
	    (v = zipxml_attr(atts, "name")) != NULL) {
		zipxml_text(o->zx, v, strlen(v));
		zipxml_sep(o->zx, '\n');
	}
}

static void XMLCALL
core_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	(void)atts;
	o->field = FIELD_NONE;
	if (strcmp(local, "title") == 0)
		o->field = FIELD_TITLE;
	else if (strcmp(local, "created") == 0)
		o->field = FIELD_CREATED;
	else if (strcmp(local, "modified") == 0)
		o->field = FIELD_MODIFIED;
	o->fbuf.len = 0;
}

static void XMLCALL
core_chars(void *ud, const XML_Char *s, int len)
{
	struct ooxml *o = ud;

	if (o->field != FIELD_NONE)
		zipxml_field_add(&o->fbuf, s, (size_t)len);
}

static void XMLCALL
core_end(void *ud, const XML_Char *name)
{
	struct ooxml *o = ud;
	const char *v;
	time_t t;

	(void)name;
	if (o->field == FIELD_NONE)
		return;
	v = zipxml_field_str(&o->fbuf);
	switch (o->field) {
	case FIELD_TITLE:
		if (*v != '\0' && o->title == NULL &&
		    (o->title = strdup(v)) == NULL)
			zipxml_nomem(o->zx);
		break;
	case FIELD_CREATED:
		if (dates_parse_iso(v, &t) == 0)
			o->created = t;
		break;
	case FIELD_MODIFIED:
		if (dates_parse_iso(v, &t) == 0)
			o->modified = t;
		break;
	case FIELD_NONE:
		break;
	}
	o->field = FIELD_NONE;
}

/* name is prefix + anything without '/' + suffix, case-insensitively
 * (OPC part names are case-insensitive). */
static bool
part_like(const char *name, const char *prefix, const char *suffix)
{
	size_t n = strlen(name), p = strlen(prefix), s = strlen(suffix);

	if (n < p + s || strncasecmp(name, prefix, p) != 0 ||
	    strcasecmp(name + n - s, suffix) != 0)
		return false;
	return memchr(name + p, '/', n - p - s) == NULL;
}

static void
use(struct zipxml_part *part, struct ooxml *o, int rank,
    XML_StartElementHandler start, XML_EndElementHandler end,
    XML_CharacterDataHandler chars)
{
	part->start = start;
	part->end = end;
	part->chars = chars;
	part->ud = o;
	part->rank = rank;
	o->in_t = o->skip = 0;
	o->cell_shared = false;
	o->field = FIELD_NONE;
}

static bool
ooxml_want(void *ctx, const char *name, struct zipxml_part *part)
{
	struct ooxml *o = ctx;

	if (strcasecmp(name, o->main_part) == 0)
		o->have_main = true;
	if (strcasecmp(name, "docProps/core.xml") == 0) {
		use(part, o, -1, core_start, core_end, core_chars);
		return true;
	}
	switch (o->kind) {
	case OOXML_DOCX:
		if (strcasecmp(name, "word/document.xml") == 0)
			use(part, o, 0, ml_start, ml_end, ml_chars);
		else if (part_like(name, "word/header", ".xml"))
			use(part, o, 1, ml_start, ml_end, ml_chars);
		else if (part_like(name, "word/footer", ".xml"))
			use(part, o, 2, ml_start, ml_end, ml_chars);
		else if (strcasecmp(name, "word/footnotes.xml") == 0)
			use(part, o, 3, ml_start, ml_end, ml_chars);
		else if (strcasecmp(name, "word/endnotes.xml") == 0)
			use(part, o, 4, ml_start, ml_end, ml_chars);
		else if (strcasecmp(name, "word/comments.xml") == 0)
			use(part, o, 5, ml_start, ml_end, ml_chars);
		else
			return false;
		return true;
	case OOXML_XLSX:
		if (strcasecmp(name, "xl/workbook.xml") == 0)
			use(part, o, 0, workbook_start, NULL, NULL);
		else if (strcasecmp(name, "xl/sharedStrings.xml") == 0)
			use(part, o, 1, ml_start, ml_end, ml_chars);
		else if (part_like(name, "xl/worksheets/sheet", ".xml"))
			use(part, o, 2, sheet_start, sheet_end, ml_chars);
		else if (part_like(name, "xl/comments", ".xml"))
			use(part, o, 3, ml_start, ml_end, ml_chars);
		else
			return false;
		return true;
	case OOXML_PPTX:
		if (part_like(name, "ppt/slides/slide", ".xml"))
			use(part, o, 0, ml_start, ml_end, ml_chars);
		else if (part_like(name, "ppt/notesSlides/notesSlide", ".xml"))
			use(part, o, 1, ml_start, ml_end, ml_chars);
		else
			return false;
		return true;
	}
	return false;
}

int
extract_ooxml(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	struct ooxml o;
	const char *fmt = format != NULL ? format : "docx";
	int rc;

	memset(&o, 0, sizeof(o));
	if (strcmp(fmt, "xlsx") == 0) {
		o.kind = OOXML_XLSX;
		o.main_part = "xl/workbook.xml";
	} else if (strcmp(fmt, "pptx") == 0) {
		o.kind = OOXML_PPTX;
		o.main_part = "ppt/presentation.xml";
	} else {
		fmt = "docx";
		o.kind = OOXML_DOCX;
		o.main_part = "word/document.xml";
	}
	if ((rc = zipxml_new(&o.zx, lim, r)) < 0)
		return rc;
	if ((rc = zipxml_run(o.zx, fd, ooxml_want, &o)) < 0)
		goto done;
	if (r->status == EXTRACT_OK && !o.have_main)
		extract_fail(r, EXTRACT_CORRUPT, "corrupt: not a %s: %s missing",
		    fmt, o.main_part);
	if ((rc = zipxml_finish(o.zx, r)) < 0)
		goto done;
	r->title = o.title;
	o.title = NULL;
	r->created = o.created;
	r->modified = o.modified;
done:
	free(o.title);
	zipxml_free(o.zx);
	return rc;
}
