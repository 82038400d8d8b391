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
 *  - sections (extract_sections.c): docx paragraphs whose style is a
 *    heading (styleId Heading1..9, or 1..9 as Chinese Word names them)
 *    or that carry an outline level; xlsx sheets, and per sheet the
 *    columns of its header row (the first row with two or more string
 *    cells), each with whether any later row has a value under it.
 *    Header cells that point into the shared strings are resolved from
 *    the first SST_KEEP strings, kept while the table streams by.
 *  - docProps/core.xml: dc:title, dcterms:created, dcterms:modified.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "evidenced/dates.h"
#include "extract_impl.h"
#include "zipxml.h"

enum ooxml_kind { OOXML_DOCX, OOXML_XLSX, OOXML_PPTX };

enum ooxml_field { FIELD_NONE, FIELD_TITLE, FIELD_CREATED, FIELD_MODIFIED };

#define SST_KEEP 4096           /* shared strings kept for headers */
#define SHEET_COLS_MAX 64       /* header columns per sheet */
#define COLS_MAX 512            /* columns in all sheets */

/* A header cell of the sheet being read. */
struct hdr_col {
	unsigned col;           /* 0 = A */
	long sst;               /* shared-string index, or -1 */
	char *text;             /* inline text, owned, or NULL */
	bool has_data;
};

struct ooxml {
	struct zipxml *zx;
	enum ooxml_kind kind;
	const char *main_part;  /* must be present */
	bool have_main;

	/* Per part. */
	int in_t;               /* depth inside a text-carrying element */
	int skip;               /* depth inside a subtree that is not text */
	bool cell_shared;       /* xlsx: current cell points into sst */
	bool heading_open;      /* docx: a heading mark awaits its </w:p> */
	bool in_sst;            /* xlsx: the shared-string table */
	bool in_index;          /* xlsx: a cell's shared-string index */
	unsigned long sheet_num;        /* xlsx: number of this sheet part */

	/* xlsx: shared strings (the first SST_KEEP) and header rows. */
	GPtrArray *sst;         /* char *, owned */
	struct zipxml_field si; /* the <si> being read */
	struct zipxml_field cell;       /* the <c> being read */
	unsigned cell_col, next_col;
	bool cell_is_string;
	struct hdr_col row[SHEET_COLS_MAX];     /* this row's string cells */
	size_t nrow;
	struct hdr_col hdr[SHEET_COLS_MAX];     /* the sheet's header row */
	size_t nhdr;
	bool have_hdr;
	struct extract_column *cols;    /* owned, finished sheets */
	size_t ncols;

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

/*
 * docx: a paragraph style or outline level that makes a heading opens a
 * heading mark; the paragraph's end closes it.  Word's own styleIds are
 * Heading1..9 (English) or 1..9 (Chinese); outlineLvl counts from 0 and
 * 9 means body text.
 */
static void
heading_mark(struct ooxml *o, const char *local, const char *val)
{
	char mark[8];
	int level = 0;

	if (val == NULL)
		return;
	if (strcmp(local, "outlineLvl") == 0) {
		if (val[0] >= '0' && val[0] <= '8' && val[1] == '\0')
			level = val[0] - '0' + 1;
	} else if (strncasecmp(val, "heading", 7) == 0 &&
	    val[7] >= '1' && val[7] <= '9' && val[8] == '\0') {
		level = val[7] - '0';
	} else if (val[0] >= '1' && val[0] <= '9' && val[1] == '\0') {
		level = val[0] - '0';
	}
	if (level == 0)
		return;
	snprintf(mark, sizeof(mark), "%sH%d", EXTRACT_MARK_OPEN, level);
	zipxml_text(o->zx, mark, strlen(mark));
	o->heading_open = true;
}

/* xlsx: keep a shared string for header cells that point at it. */
static void
sst_keep(struct ooxml *o)
{
	char *s;

	if (o->sst->len >= SST_KEEP)
		return;
	if ((s = strdup(zipxml_field_str(&o->si))) == NULL) {
		zipxml_nomem(o->zx);
		return;
	}
	g_ptr_array_add(o->sst, s);
}

/* Column number of a cell reference ("AB12" -> 27), or fallback. */
static unsigned
cell_column(const char *ref, unsigned fallback)
{
	unsigned col = 0, n = 0;

	if (ref == NULL)
		return fallback;
	for (; *ref >= 'A' && *ref <= 'Z' && n < 3; ref++, n++)
		col = col * 26 + (unsigned)(*ref - 'A' + 1);
	return n > 0 && col > 0 ? col - 1 : fallback;
}

static void
hdr_clear(struct hdr_col *v, size_t *n)
{
	size_t i;

	for (i = 0; i < *n; i++)
		free(v[i].text);
	*n = 0;
}

/* A cell ended: remember string cells of a row that may be the header;
 * under the header, a value marks its column as having data. */
static void
cell_end(struct ooxml *o)
{
	const char *v = zipxml_field_str(&o->cell);
	struct hdr_col *h;
	size_t i;
	char *end;

	if (*v == '\0')
		return;
	if (o->have_hdr) {
		for (i = 0; i < o->nhdr; i++)
			if (o->hdr[i].col == o->cell_col)
				o->hdr[i].has_data = true;
		return;
	}
	if (!o->cell_is_string || o->nrow >= SHEET_COLS_MAX)
		return;
	h = &o->row[o->nrow];
	memset(h, 0, sizeof(*h));
	h->col = o->cell_col;
	h->sst = -1;
	if (o->cell_shared) {
		h->sst = strtol(v, &end, 10);
		if (*end != '\0' || h->sst < 0)
			return;
	} else if ((h->text = strdup(v)) == NULL) {
		zipxml_nomem(o->zx);
		return;
	}
	o->nrow++;
}

/* A row ended: the first with two string cells is the header row. */
static void
row_end(struct ooxml *o)
{
	if (!o->have_hdr && o->nrow >= 2) {
		memcpy(o->hdr, o->row, o->nrow * sizeof(o->row[0]));
		o->nhdr = o->nrow;
		o->nrow = 0;
		o->have_hdr = true;
	}
	hdr_clear(o->row, &o->nrow);
}

/* The sheet ended: its header columns join the list (headers in the
 * shared strings are resolved at the end, when all are known). */
static void
sheet_done(struct ooxml *o)
{
	struct extract_column *c;
	size_t i;

	for (i = 0; i < o->nhdr && o->ncols < COLS_MAX; i++) {
		if ((c = realloc(o->cols, (o->ncols + 1) * sizeof(*c))) ==
		    NULL) {
			zipxml_nomem(o->zx);
			break;
		}
		o->cols = c;
		c = &o->cols[o->ncols++];
		c->sheet = o->sheet_num;
		c->has_data_rows = o->hdr[i].has_data;
		/* The shared-string index travels in the header until the
		 * table is known: "\x01" + number. */
		if (o->hdr[i].text != NULL) {
			c->header = o->hdr[i].text;
			o->hdr[i].text = NULL;
		} else
			c->header = g_strdup_printf("\x01%ld", o->hdr[i].sst);
	}
	hdr_clear(o->hdr, &o->nhdr);
	hdr_clear(o->row, &o->nrow);
	o->have_hdr = false;
}

/* Shared-string headers to their text; unknown ones are dropped. */
static void
resolve_headers(struct ooxml *o)
{
	size_t i, n = 0;
	long idx;

	for (i = 0; i < o->ncols; i++) {
		struct extract_column *c = &o->cols[i];

		if (c->header[0] == '\x01') {
			idx = strtol(c->header + 1, NULL, 10);
			free(c->header);
			c->header = NULL;
			if (idx >= 0 && (size_t)idx < o->sst->len)
				c->header = strdup(g_ptr_array_index(o->sst,
				    (guint)idx));
			if (c->header == NULL)
				continue;
		}
		o->cols[n++] = *c;
	}
	o->ncols = n;
}

/* WordprocessingML, DrawingML text and shared strings. */
static void XMLCALL
ml_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0 || ooxml_skipped(local)) {
		o->skip++;
		return;
	}
	if (strcmp(local, "t") == 0)
		o->in_t++;
	else if (strcmp(local, "p") == 0)       /* nested: text box */
		zipxml_sep(o->zx, ' ');
	else if (strcmp(local, "si") == 0 && o->in_sst)
		o->si.len = 0;
	else if (o->kind == OOXML_DOCX && !o->heading_open &&
	    (strcmp(local, "pStyle") == 0 || strcmp(local, "outlineLvl") == 0))
		heading_mark(o, local, zipxml_attr(atts, "val"));
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
		if (strcmp(local, "p") == 0 && o->heading_open) {
			zipxml_text(o->zx, EXTRACT_MARK_CLOSE, 3);
			o->heading_open = false;
		}
		if (strcmp(local, "si") == 0 && o->in_sst)
			sst_keep(o);
		zipxml_sep(o->zx, '\n');
	} else if (strcmp(local, "tc") == 0) {
		zipxml_sep_set(o->zx, '\t');
	}
}

static void XMLCALL
ml_chars(void *ud, const XML_Char *s, int len)
{
	struct ooxml *o = ud;

	if (o->in_t > 0 && o->skip == 0) {
		zipxml_text(o->zx, s, (size_t)len);
		if (o->in_sst)
			zipxml_field_add(&o->si, s, (size_t)len);
	}
}

/* xlsx worksheets: text, and each cell's value for the header row. */
static void XMLCALL
sheet_chars(void *ud, const XML_Char *s, int len)
{
	struct ooxml *o = ud;

	if (o->skip > 0)
		return;
	if (o->in_index || o->in_t > 0)
		zipxml_field_add(&o->cell, s, (size_t)len);
	if (o->in_t > 0)
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
		o->cell_is_string = t != NULL && (strcmp(t, "s") == 0 ||
		    strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0);
		o->cell_col = cell_column(zipxml_attr(atts, "r"), o->next_col);
		o->next_col = o->cell_col + 1;
		o->cell.len = 0;
		zipxml_sep(o->zx, '\t');
	} else if (strcmp(local, "v") == 0 && o->cell_shared) {
		o->in_index = true;     /* for the header; not text */
	} else if (strcmp(local, "worksheet") == 0) {
		char mark[32];

		snprintf(mark, sizeof(mark), "%sS%lu%s", EXTRACT_MARK_OPEN,
		    o->sheet_num, EXTRACT_MARK_CLOSE);
		zipxml_text(o->zx, mark, strlen(mark));
	} else if (strcmp(local, "row") == 0) {
		o->next_col = 0;
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
	} else if (strcmp(local, "v") == 0) {
		o->in_index = false;
	} else if (strcmp(local, "c") == 0) {
		cell_end(o);
		o->cell_shared = false;
	} else if (strcmp(local, "row") == 0) {
		row_end(o);
		zipxml_sep(o->zx, '\n');
	} else if (strcmp(local, "worksheet") == 0) {
		sheet_done(o);
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
		zipxml_text(o->zx, EXTRACT_MARK_OPEN "N" EXTRACT_MARK_CLOSE,
		    7);
		zipxml_text(o->zx, v, strlen(v));
		zipxml_text(o->zx, EXTRACT_MARK_CLOSE, 3);
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
	o->cell_shared = o->heading_open = o->in_sst = o->in_index = false;
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
		else if (strcasecmp(name, "xl/sharedStrings.xml") == 0) {
			use(part, o, 1, ml_start, ml_end, ml_chars);
			o->in_sst = true;
		} else if (part_like(name, "xl/worksheets/sheet", ".xml")) {
			use(part, o, 2, sheet_start, sheet_end, sheet_chars);
			o->sheet_num = zipxml_name_number(name);
			hdr_clear(o->hdr, &o->nhdr);
			hdr_clear(o->row, &o->nrow);
			o->have_hdr = false;
		}
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
	size_t i;
	int rc;

	memset(&o, 0, sizeof(o));
	o.sst = g_ptr_array_new_with_free_func(free);
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
	resolve_headers(&o);
	if (o.kind != OOXML_PPTX && (rc = extract_sections_finish(r, o.cols,
	    o.ncols, o.kind == OOXML_DOCX)) < 0)
		goto done;
	r->title = o.title;
	o.title = NULL;
	r->created = o.created;
	r->modified = o.modified;
done:
	free(o.title);
	for (i = 0; i < o.ncols; i++)
		free(o.cols[i].header);
	free(o.cols);
	hdr_clear(o.hdr, &o.nhdr);
	hdr_clear(o.row, &o.nrow);
	g_ptr_array_free(o.sst, TRUE);
	zipxml_free(o.zx);
	return rc;
}
