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
 *  - xlsx: sheet names (workbook.xml), then each sheet's values (shared
 *    and inline strings, numbers, cached formula results), tabs between
 *    cells and newlines between rows, so that a sheet's section holds its
 *    header row and columns.  The shared-string table usually comes after
 *    the sheets in the zip: a shared cell leaves a placeholder mark
 *    ('X' + index) in the sheet's text, and the marks are replaced once
 *    the table is known (resolve_marks).  The table is kept up to
 *    max_text_bytes of strings (the text could hold no more), so memory
 *    stays bounded by the limit, not by the table.  Phonetic runs (rPh)
 *    are skipped: they repeat a string's reading.
 *  - pptx: slides in slide-number order, then notes pages.
 *  - sections (extract_sections.c): docx paragraphs whose style is a
 *    heading or that carry an outline level.  word/styles.xml says which
 *    styles are headings: a style's outline level, its name ("heading
 *    2", "标题 2": the ids are localised, "2" or "a3"), or the style it is
 *    based on.  styles.xml may come after document.xml in the zip, so a
 *    paragraph with a style or outline level leaves a mark ('Y' + its own
 *    outline level or '-', + style id) that resolve_marks turns into a
 *    heading mark or drops.  Without styles.xml, ids Heading1..9 and 1..9
 *    are headings.  Tables (w:tbl, outermost) are marked 'B' ... 'E'.
 *    xlsx: sheets, and per sheet the columns of its header row (the
 *    first row with two or more string cells), each with whether any
 *    later row has a value under it.
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

#define SST_MAX_STRINGS (1u << 20)      /* shared strings indexed */
#define SI_MAX_BYTES (128 * 1024)       /* one shared string (Excel: 32767
					   chars) */
#define STYLES_MAX 4096         /* paragraph styles read */
#define STYLE_ID_MAX 64         /* bytes of a style id */
#define BASED_ON_MAX 16         /* basedOn links followed */
#define SHEET_COLS_MAX 64       /* header columns per sheet */
#define COLS_MAX 512            /* columns in all sheets */

/* Shared strings under a header cell that may be mere labels: known
 * only once the table is read, which may come after the sheets. */
#define DATA_SST_MAX 4

struct col_data {
	bool has_data;          /* a value that is no bare label */
	unsigned nsst;          /* strings to look at in the end */
	long sst[DATA_SST_MAX];
};

/* A header cell of the sheet being read. */
struct hdr_col {
	unsigned col;           /* 0 = A */
	long sst;               /* shared-string index, or -1 */
	char *text;             /* inline text, owned, or NULL */
	struct col_data data;
};

/* A docx paragraph style from styles.xml. */
struct ooxml_style {
	char *based_on;         /* owned, or NULL */
	int outline;            /* w:outlineLvl 0..9, or -1 */
	int name_level;         /* "heading N" / "标题 N": N, else 0 */
};

struct ooxml {
	struct zipxml *zx;
	const struct extract_limits *lim;
	enum ooxml_kind kind;
	const char *main_part;  /* must be present */
	bool have_main;

	/* Per part. */
	int in_t;               /* depth inside a text-carrying element */
	int skip;               /* depth inside a subtree that is not text */
	bool cell_shared;       /* xlsx: current cell points into sst */
	bool heading_open;      /* docx: a heading mark awaits its </w:p> */
	bool in_index;          /* xlsx: a cell's shared-string index */
	unsigned long sheet_num;        /* xlsx: number of this sheet part */

	/* xlsx: shared strings, NUL-separated in sst_buf, and header rows. */
	GString *sst_buf;
	GArray *sst_off;        /* guint32 offsets into sst_buf */
	bool sst_cut;           /* the table was larger than was kept */
	GString *si;            /* the <si> being read */
	bool in_si;
	struct zipxml_field cell;       /* the <c> being read */
	unsigned cell_col, next_col;
	bool cell_is_string;
	struct hdr_col row[SHEET_COLS_MAX];     /* this row's string cells */
	size_t nrow;
	struct hdr_col hdr[SHEET_COLS_MAX];     /* the sheet's header row */
	size_t nhdr;
	bool have_hdr;
	bool hdr_tentative;     /* the next row may be the real header */
	size_t hdr_pos;         /* where the header row's text starts */
	bool row_any;           /* this row has a value */
	bool row_other;         /* ... that is no string, or one too many */
	size_t row_pos;         /* where this row's text starts */
	bool sheet_table;       /* a table mark is open in this sheet */
	struct extract_column *cols;    /* owned, finished sheets */
	struct col_data *cold;          /* owned, beside cols */
	size_t ncols;

	/* docx: paragraph styles, and the paragraph being read. */
	GHashTable *styles;     /* id -> struct ooxml_style, a reference */
	bool have_styles;
	bool styles_shared;     /* styles is the memo's: read only */
	unsigned styles_parts;  /* styles.xml members met */
	char *styles_key;       /* styles.xml as parsed, owned, or NULL */
	size_t styles_len;
	struct extract_memo *memo;      /* borrowed, or NULL */
	const char *known[EXTRACT_MEMO_KNOWN_MAX];      /* the memo's */
	size_t known_len[EXTRACT_MEMO_KNOWN_MAX];
	size_t known_slot[EXTRACT_MEMO_KNOWN_MAX];
	struct ooxml_style *cur_style;  /* styles.xml: the w:style open */
	int p_depth;            /* w:p nesting (text boxes) */
	int heading_depth;      /* the w:p a heading mark is open for */
	int ppr_depth;
	int tbl_depth;
	char p_style[STYLE_ID_MAX];
	char p_outline;         /* '0'..'9' or '-' */

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
	    strcmp(local, "pPrChange") == 0 ||
	    strcmp(local, "moveFrom") == 0 ||
	    strcmp(local, "del") == 0;
}

/* Level N of a built-in heading style's name ("heading 3", "Heading3",
 * "标题 3"), else 0.  Word stores built-in names in English whatever the
 * language; WPS and older localised templates write 标题. */
static int
heading_name_level(const char *name)
{
	const char *p = NULL;

	if (strncasecmp(name, "heading", 7) == 0)
		p = name + 7;
	else if (strncmp(name, "标题", 6) == 0)
		p = name + 6;
	if (p == NULL)
		return 0;
	if (*p == ' ')
		p++;
	return p[0] >= '1' && p[0] <= '9' && p[1] == '\0' ? p[0] - '0' : 0;
}

/* A style id or name we can carry in a mark: short, no mark bytes. */
static bool
style_id_ok(const char *id)
{
	return id != NULL && id[0] != '\0' && strlen(id) < STYLE_ID_MAX &&
	    strstr(id, "\xEF\xB7") == NULL;
}

static void
style_free(gpointer p)
{
	struct ooxml_style *st = p;

	if (st != NULL)
		free(st->based_on);
	free(st);
}

/*
 * The heading level of paragraph style id (0: body text): its outline
 * level, else its name, else the style it is based on.  A style
 * styles.xml does not define (or a docx without it) is judged by its id
 * as Word writes them, Heading1..9 or 1..9.
 */
static int
style_level(const struct ooxml *o, const char *id)
{
	const struct ooxml_style *st;
	int depth;

	for (depth = 0; id != NULL && depth < BASED_ON_MAX; depth++) {
		st = g_hash_table_lookup(o->styles, id);
		if (st == NULL) {
			if (depth > 0 && o->have_styles)
				return 0;
			if (strncasecmp(id, "heading", 7) == 0 &&
			    id[7] >= '1' && id[7] <= '9' && id[8] == '\0')
				return id[7] - '0';
			return id[0] >= '1' && id[0] <= '9' && id[1] == '\0' ?
			    id[0] - '0' : 0;
		}
		if (st->outline >= 0)
			return st->outline <= 8 ? st->outline + 1 : 0;
		if (st->name_level > 0)
			return st->name_level;
		id = st->based_on;
	}
	return 0;
}

/* docx: the paragraph's properties ended: a paragraph with a style or an
 * outline level may be a heading; resolve_marks decides. */
static void
paragraph_mark(struct ooxml *o)
{
	char mark[3 + 2 + STYLE_ID_MAX + 3];

	if (o->heading_open || (o->p_style[0] == '\0' && o->p_outline == '-'))
		return;
	snprintf(mark, sizeof(mark), "%sY%c%s%s", EXTRACT_MARK_OPEN,
	    o->p_outline, o->p_style, EXTRACT_MARK_CLOSE);
	zipxml_text(o->zx, mark, strlen(mark));
	o->heading_open = true;
	o->heading_depth = o->p_depth;
}

/* xlsx: the <si> ended; keep it while the kept strings fit the text
 * limit (past that, no text could hold them). */
static void
sst_add(struct ooxml *o)
{
	guint32 off = (guint32)o->sst_buf->len;
	gsize i;

	if (o->sst_cut || o->sst_off->len >= SST_MAX_STRINGS ||
	    o->sst_buf->len + o->si->len + 1 > o->lim->max_text_bytes ||
	    o->sst_buf->len + o->si->len + 1 > UINT32_MAX) {
		o->sst_cut = true;
		return;
	}
	/* A cell is one cell: its line breaks must not end the row. */
	for (i = 0; i < o->si->len; i++)
		if (o->si->str[i] == '\n' || o->si->str[i] == '\t' ||
		    o->si->str[i] == '\r')
			o->si->str[i] = ' ';
	g_string_append_len(o->sst_buf, o->si->str, (gssize)o->si->len);
	g_string_append_c(o->sst_buf, '\0');
	g_array_append_val(o->sst_off, off);
}

/* Shared string idx, or NULL when unknown. */
static const char *
sst_get(const struct ooxml *o, long idx)
{
	if (idx < 0 || (gsize)idx >= o->sst_off->len)
		return NULL;
	return o->sst_buf->str + g_array_index(o->sst_off, guint32, idx);
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

/* A label with nothing filled in: "填表人：", "复核:", "年    月    日".
 * Under a blank form's header such cells are its signature lines, no
 * data. */
static bool
bare_label(const char *s)
{
	const char *end;
	gunichar c;

	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		c = g_utf8_get_char(s);
		if (!g_unichar_isspace(c) && c != '_' && c != 0x5E74 &&
		    c != 0x6708 && c != 0x65E5)   /* 年 月 日 */
			break;
	}
	if (*s == '\0')
		return true;
	end = s + strlen(s);
	while (end > s && g_unichar_isspace(g_utf8_get_char(
	    g_utf8_find_prev_char(s, end))))
		end = g_utf8_find_prev_char(s, end);
	if (end > s && end[-1] == ':')
		return true;
	return end - s >= 3 && memcmp(end - 3, "\xEF\xBC\x9A", 3) == 0; /* ： */
}

/* A value under a header cell: data unless a bare label. */
static void
col_data_add(struct col_data *d, const struct ooxml *o, const char *v)
{
	char *end;
	long idx;

	if (d->has_data)
		return;
	if (!o->cell_is_string || !bare_label(v)) {
		if (!o->cell_shared) {
			d->has_data = true;
			return;
		}
		idx = strtol(v, &end, 10);
		if (*end != '\0' || idx < 0 || d->nsst == DATA_SST_MAX)
			d->has_data = true;
		else
			d->sst[d->nsst++] = idx;
	}
}

/* Has the column data, now that the shared strings are known? */
static bool
col_data_resolve(const struct col_data *d, const struct ooxml *o)
{
	unsigned i;
	const char *v;

	if (d->has_data)
		return true;
	for (i = 0; i < d->nsst; i++)
		if ((v = sst_get(o, d->sst[i])) == NULL || !bare_label(v))
			return true;
	return false;
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
	o->row_any = true;
	if (o->have_hdr) {
		for (i = 0; i < o->nhdr; i++)
			if (o->hdr[i].col == o->cell_col)
				col_data_add(&o->hdr[i].data, o, v);
		if (!o->hdr_tentative)
			return;
	}
	if (!o->cell_is_string || o->nrow >= SHEET_COLS_MAX) {
		o->row_other = true;
		return;
	}
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

/* The header row is settled: the table mark goes before it. */
static void
table_begins(struct ooxml *o)
{
	o->hdr_tentative = false;
	zipxml_text_insert(o->zx, o->hdr_pos,
	    EXTRACT_MARK_OPEN "B" EXTRACT_MARK_CLOSE, 7);
	o->sheet_table = true;
}

/* A row ended: the first with two string cells is the header row, and
 * the sheet's table starts with it: the rows above are the sheet's title,
 * the cells from there on are mentions, never the document's title.
 * Unless the next row with a value has more string cells, at least three,
 * and nothing else: then the first was a caption of the form (部门：运维部,
 * 日期：) or a heading over groups of columns, and the header is the
 * next row.  Taken as the header, such a caption would make a blank
 * form's real header its first data row. */
static void
row_end(struct ooxml *o)
{
	if (o->have_hdr && o->hdr_tentative && o->row_any) {
		if (o->nrow > o->nhdr && o->nrow >= 3 && !o->row_other) {
			hdr_clear(o->hdr, &o->nhdr);
			memcpy(o->hdr, o->row, o->nrow * sizeof(o->row[0]));
			o->nhdr = o->nrow;
			o->nrow = 0;
			o->hdr_pos = o->row_pos;
		}
		table_begins(o);
	} else if (!o->have_hdr && o->nrow >= 2) {
		memcpy(o->hdr, o->row, o->nrow * sizeof(o->row[0]));
		o->nhdr = o->nrow;
		o->nrow = 0;
		o->have_hdr = true;
		o->hdr_tentative = true;
		o->hdr_pos = o->row_pos;
	}
	hdr_clear(o->row, &o->nrow);
	o->row_any = false;
	o->row_other = false;
}

/* A sheet's header and row state back to none, for the next sheet. */
static void
sheet_reset(struct ooxml *o)
{
	hdr_clear(o->hdr, &o->nhdr);
	hdr_clear(o->row, &o->nrow);
	o->have_hdr = false;
	o->hdr_tentative = false;
	o->row_any = false;
	o->row_other = false;
	o->sheet_table = false;
}

/* The sheet ended: its header columns join the list (headers in the
 * shared strings are resolved at the end, when all are known). */
static void
sheet_done(struct ooxml *o)
{
	struct extract_column *c;
	size_t i;

	if (o->have_hdr && o->hdr_tentative)
		table_begins(o);        /* the header was the last row */
	for (i = 0; i < o->nhdr && o->ncols < COLS_MAX; i++) {
		struct col_data *d;

		if ((c = realloc(o->cols, (o->ncols + 1) * sizeof(*c))) ==
		    NULL) {
			zipxml_nomem(o->zx);
			break;
		}
		o->cols = c;
		if ((d = realloc(o->cold, (o->ncols + 1) * sizeof(*d))) ==
		    NULL) {
			zipxml_nomem(o->zx);
			break;
		}
		o->cold = d;
		o->cold[o->ncols] = o->hdr[i].data;
		c = &o->cols[o->ncols++];
		c->sheet = o->sheet_num;
		c->has_data_rows = false;       /* resolve_headers() */
		/* The shared-string index travels in the header until the
		 * table is known: "\x01" + number. */
		if (o->hdr[i].text != NULL) {
			c->header = o->hdr[i].text;
			o->hdr[i].text = NULL;
		} else
			c->header = g_strdup_printf("\x01%ld", o->hdr[i].sst);
	}
	if (o->sheet_table)
		zipxml_text(o->zx, EXTRACT_MARK_OPEN "E" EXTRACT_MARK_CLOSE, 7);
	sheet_reset(o);
}

/* Shared-string headers to their text, unknown ones dropped; and
 * whether each column has data. */
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
			if (sst_get(o, idx) != NULL)
				c->header = strdup(sst_get(o, idx));
			if (c->header == NULL)
				continue;
		}
		c->has_data_rows = col_data_resolve(&o->cold[i], o);
		o->cols[n++] = *c;
	}
	o->ncols = n;
}

/* docx: paragraph properties and tables (marks for resolve_marks and
 * extract_sections.c). */
static void
docx_start(struct ooxml *o, const char *local, const XML_Char **atts)
{
	const char *v;

	if (strcmp(local, "p") == 0) {
		o->p_depth++;
		o->p_style[0] = '\0';
		o->p_outline = '-';
	} else if (strcmp(local, "pPr") == 0) {
		o->ppr_depth++;
	} else if (o->ppr_depth == 1 && strcmp(local, "pStyle") == 0) {
		if (style_id_ok(v = zipxml_attr(atts, "val")))
			snprintf(o->p_style, sizeof(o->p_style), "%s", v);
	} else if (o->ppr_depth == 1 && strcmp(local, "outlineLvl") == 0) {
		v = zipxml_attr(atts, "val");
		if (v != NULL && v[0] >= '0' && v[0] <= '9' && v[1] == '\0')
			o->p_outline = v[0];
	} else if (strcmp(local, "tbl") == 0 && o->tbl_depth++ == 0) {
		zipxml_text(o->zx, EXTRACT_MARK_OPEN "B" EXTRACT_MARK_CLOSE, 7);
	}
}

static void
docx_end(struct ooxml *o, const char *local)
{
	if (strcmp(local, "pPr") == 0) {
		if (o->ppr_depth > 0 && --o->ppr_depth == 0 && o->p_depth > 0)
			paragraph_mark(o);
	} else if (strcmp(local, "tbl") == 0 && o->tbl_depth > 0 &&
	    --o->tbl_depth == 0) {
		zipxml_text(o->zx, EXTRACT_MARK_OPEN "E" EXTRACT_MARK_CLOSE, 7);
	}
}

/* WordprocessingML and DrawingML text. */
static void XMLCALL
ml_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0 || ooxml_skipped(local)) {
		o->skip++;
		return;
	}
	if (o->kind == OOXML_DOCX)
		docx_start(o, local, atts);
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
	if (o->kind == OOXML_DOCX)
		docx_end(o, local);
	if (strcmp(local, "t") == 0) {
		if (o->in_t > 0)
			o->in_t--;
	} else if (strcmp(local, "p") == 0 || strcmp(local, "tr") == 0 ||
	    strcmp(local, "txbxContent") == 0) {
		if (strcmp(local, "p") == 0 && o->p_depth > 0) {
			if (o->heading_open &&
			    o->heading_depth == o->p_depth) {
				zipxml_text(o->zx, EXTRACT_MARK_CLOSE, 3);
				o->heading_open = false;
			}
			o->p_depth--;
		}
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

/* xlsx shared strings: kept, not text (resolve_marks puts them in the
 * cells that point at them). */
static void XMLCALL
sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	(void)atts;
	if (o->skip > 0 || ooxml_skipped(local)) {
		o->skip++;
		return;
	}
	if (strcmp(local, "si") == 0) {
		g_string_truncate(o->si, 0);
		o->in_si = true;
	} else if (strcmp(local, "t") == 0) {
		o->in_t++;
	}
}

static void XMLCALL
sst_end(void *ud, const XML_Char *name)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0) {
		o->skip--;
		return;
	}
	if (strcmp(local, "t") == 0 && o->in_t > 0) {
		o->in_t--;
	} else if (strcmp(local, "si") == 0 && o->in_si) {
		sst_add(o);
		o->in_si = false;
	}
}

static void XMLCALL
sst_chars(void *ud, const XML_Char *s, int len)
{
	struct ooxml *o = ud;

	if (o->in_si && o->in_t > 0 && o->skip == 0 &&
	    o->si->len + (size_t)len <= SI_MAX_BYTES)
		g_string_append_len(o->si, s, len);
}

/* docx styles.xml: paragraph styles' names, bases and outline levels. */
static void XMLCALL
styles_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ooxml *o = ud;
	const char *local = zipxml_local(name), *v, *type;
	struct ooxml_style *st;

	v = zipxml_attr(atts, "val");
	if (strcmp(local, "style") == 0) {
		o->cur_style = NULL;
		type = zipxml_attr(atts, "type");
		v = zipxml_attr(atts, "styleId");
		if ((type != NULL && strcmp(type, "paragraph") != 0) ||
		    !style_id_ok(v) ||
		    g_hash_table_size(o->styles) >= STYLES_MAX)
			return;
		if ((st = calloc(1, sizeof(*st))) == NULL) {
			zipxml_nomem(o->zx);
			return;
		}
		st->outline = -1;
		g_hash_table_replace(o->styles, g_strdup(v), st);
		o->cur_style = st;
	} else if ((st = o->cur_style) == NULL || v == NULL) {
		return;
	} else if (strcmp(local, "name") == 0) {
		st->name_level = heading_name_level(v);
	} else if (strcmp(local, "basedOn") == 0 && style_id_ok(v)) {
		free(st->based_on);
		if ((st->based_on = strdup(v)) == NULL)
			zipxml_nomem(o->zx);
	} else if (strcmp(local, "outlineLvl") == 0 && v[0] >= '0' &&
	    v[0] <= '9' && v[1] == '\0') {
		st->outline = v[0] - '0';
	}
}

static void XMLCALL
styles_end(void *ud, const XML_Char *name)
{
	struct ooxml *o = ud;

	if (strcmp(zipxml_local(name), "style") == 0)
		o->cur_style = NULL;
}

/* xlsx: a cell that points into the shared strings gets its string
 * later (resolve_marks): "\uFDD0X<index>\uFDD1". */
static void
sst_placeholder(struct ooxml *o)
{
	const char *v = zipxml_field_str(&o->cell);
	char mark[32], *end;
	long idx;

	idx = strtol(v, &end, 10);
	if (*v == '\0' || *end != '\0' || idx < 0 || idx >= INT32_MAX)
		return;
	snprintf(mark, sizeof(mark), "%sX%ld%s", EXTRACT_MARK_OPEN, idx,
	    EXTRACT_MARK_CLOSE);
	zipxml_text(o->zx, mark, strlen(mark));
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
		o->row_pos = zipxml_text_pos(o->zx);
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
		sst_placeholder(o);
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
	o->cell_shared = o->heading_open = o->in_index = o->in_si = false;
	o->p_depth = o->heading_depth = o->ppr_depth = o->tbl_depth = 0;
	o->cur_style = NULL;
	o->field = FIELD_NONE;
}

static GHashTable *
styles_table(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    style_free);
}

static void
styles_unref(void *t)
{
	g_hash_table_unref(t);
}

/*
 * word/styles.xml equal to one the memo knows (zipxml compared it as it
 * inflated): that one's table, shared and read only, instead of a parse.
 */
static void
styles_known_hit(void *ud, size_t i)
{
	struct ooxml *o = ud;
	GHashTable *t = extract_memo_hit(o->memo, o->known_slot[i]);

	if (t == NULL)
		return;
	g_hash_table_unref(o->styles);
	o->styles = g_hash_table_ref(t);
	o->styles_shared = true;
}

/* word/styles.xml parsed to its end: its bytes, for the memo. */
static void
styles_recorded(void *ud, char *bytes, size_t len)
{
	struct ooxml *o = ud;

	free(o->styles_key);
	o->styles_key = bytes;
	o->styles_len = len;
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
		else if (strcasecmp(name, "word/styles.xml") == 0) {
			use(part, o, -1, styles_start, styles_end, NULL);
			if (o->styles_shared) {
				g_hash_table_unref(o->styles);
				o->styles = styles_table();
				o->styles_shared = false;
			}
			if (o->memo != NULL) {
				part->nknown = extract_memo_known(o->memo,
				    EXTRACT_MEMO_DOCX_STYLES, o->known,
				    o->known_len, o->known_slot,
				    EXTRACT_MEMO_KNOWN_MAX);
				part->known = o->known;
				part->known_len = o->known_len;
				part->known_hit = styles_known_hit;
				part->record_max = EXTRACT_MEMO_KEY_MAX;
				part->recorded = styles_recorded;
			}
			o->have_styles = true;
			o->styles_parts++;
		} else
			return false;
		return true;
	case OOXML_XLSX:
		if (strcasecmp(name, "xl/workbook.xml") == 0)
			use(part, o, 0, workbook_start, NULL, NULL);
		else if (strcasecmp(name, "xl/sharedStrings.xml") == 0)
			use(part, o, -1, sst_start, sst_end, sst_chars);
		else if (part_like(name, "xl/worksheets/sheet", ".xml")) {
			use(part, o, 2, sheet_start, sheet_end, sheet_chars);
			o->sheet_num = zipxml_name_number(name);
			sheet_reset(o);
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

/* Bytes up to the next mark in [p, end), or end - p. */
static size_t
run_len(const char *p, const char *end)
{
	const char *m = memmem(p, (size_t)(end - p), EXTRACT_MARK_OPEN, 3);
	const char *c = memmem(p, (size_t)(end - p), EXTRACT_MARK_CLOSE, 3);

	if (m == NULL || (c != NULL && c < m))
		m = c;
	return m != NULL ? (size_t)(m - p) : (size_t)(end - p);
}

/*
 * Replace the deferred marks now that the whole zip was read: 'X' + a
 * shared-string index becomes the string; 'Y' + outline + style id
 * becomes a heading mark 'H' + level, or goes with the close mark at its
 * paragraph's end when the paragraph is body text.  The result is cut at
 * max_text_bytes (on a character boundary); a mark cut short by the text
 * limit is dropped.  0 or -ENOMEM.
 */
static int
resolve_marks(struct ooxml *o, struct extract_result *r)
{
	const char *p, *end, *close;
	bool drop_close = false;
	GString *out;
	size_t n, max = o->lim->max_text_bytes;
	char id[STYLE_ID_MAX], mark[16];
	int level;

	if (r->text == NULL || (o->sst_off->len == 0 && !o->sst_cut &&
	    memmem(r->text, r->text_len, EXTRACT_MARK_OPEN "X", 4) == NULL &&
	    memmem(r->text, r->text_len, EXTRACT_MARK_OPEN "Y", 4) == NULL))
		return 0;
	out = g_string_sized_new(r->text_len + 1);
	p = r->text;
	end = r->text + r->text_len;
	while (p < end && out->len <= max) {
		if ((n = run_len(p, end)) > 0) {
			g_string_append_len(out, p, (gssize)n);
			p += n;
			continue;
		}
		if (memcmp(p, EXTRACT_MARK_CLOSE, 3) == 0) {
			if (!drop_close)
				g_string_append_len(out, p, 3);
			drop_close = false;
			p += 3;
			continue;
		}
		if (end - p < 4 || (p[3] != 'X' && p[3] != 'Y')) {
			g_string_append_len(out, p, 3);   /* not ours */
			p += 3;
			continue;
		}
		close = memmem(p + 4, (size_t)(end - p - 4), EXTRACT_MARK_CLOSE,
		    3);
		if (close == NULL)
			break;          /* cut by the text limit */
		if (p[3] == 'X') {
			const char *str = sst_get(o, strtol(p + 4, NULL, 10));

			if (str != NULL)
				g_string_append(out, str);
			else if (o->sst_cut)
				r->truncated = true;
		} else {
			n = close > p + 4 ? (size_t)(close - p - 5) : sizeof(id);
			level = 0;
			if (n < sizeof(id)) {
				memcpy(id, p + 5, n);
				id[n] = '\0';
				level = p[4] >= '0' && p[4] <= '9' ?
				    (p[4] <= '8' ? p[4] - '0' + 1 : 0) :
				    style_level(o, n > 0 ? id : NULL);
			}
			if (level > 0) {
				snprintf(mark, sizeof(mark), "%sH%d",
				    EXTRACT_MARK_OPEN, level);
				g_string_append(out, mark);
			} else
				drop_close = true;
		}
		p = close + 3;
	}
	if (out->len > max) {
		n = max;
		while (n > 0 && ((unsigned char)out->str[n] & 0xC0) == 0x80)
			n--;
		g_string_truncate(out, n);
		r->truncated = true;
	}
	free(r->text);
	r->text_len = out->len;
	r->text = g_string_free(out, FALSE);
	return 0;
}

int
extract_ooxml(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	return extract_ooxml_memo(fd, format, lim, NULL, r);
}

int
extract_ooxml_memo(int fd, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result *r)
{
	struct ooxml o;
	const char *fmt = format != NULL ? format : "docx";
	size_t i;
	int rc;

	memset(&o, 0, sizeof(o));
	o.lim = lim;
	o.sst_buf = g_string_new(NULL);
	o.sst_off = g_array_new(FALSE, FALSE, sizeof(guint32));
	o.si = g_string_new(NULL);
	o.styles = styles_table();
	o.memo = memo;
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
	if ((rc = resolve_marks(&o, r)) < 0)
		goto done;
	/* A table read whole from one clean styles.xml is worth keeping. */
	if (o.styles_key != NULL && o.styles_parts == 1 && !o.styles_shared &&
	    r->status == EXTRACT_OK) {
		char *key = o.styles_key;

		o.styles_key = NULL;    /* the memo's now */
		if ((rc = extract_memo_put(memo, EXTRACT_MEMO_DOCX_STYLES,
		    key, o.styles_len, g_hash_table_ref(o.styles),
		    styles_unref)) < 0)
			goto done;
	}
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
	free(o.cold);
	hdr_clear(o.hdr, &o.nhdr);
	hdr_clear(o.row, &o.nrow);
	g_string_free(o.sst_buf, TRUE);
	g_array_free(o.sst_off, TRUE);
	g_string_free(o.si, TRUE);
	g_hash_table_unref(o.styles);
	free(o.styles_key);
	zipxml_free(o.zx);
	return rc;
}
