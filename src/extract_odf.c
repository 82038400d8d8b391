/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_odf.c - text and metadata of odt, ods and odp (OpenDocument).
 *
 * The zip is streamed through zipxml.c.  Text is the character data of
 * text:p and text:h (which covers spans, links, lists, table cells, draw
 * text boxes, footnotes, comments and presentation notes, since all of
 * them hold text:p); text:s, text:tab and text:line-break become
 * whitespace, cells a tab, rows a newline.  Repeated rows and cells
 * (table:number-rows-repeated, LibreOffice pads every sheet to a million
 * rows) are never expanded.  Not text: tracked deletions, and the
 * dc:creator/dc:date that annotations and change records carry.
 *
 * styles.xml is read for the page headers and footers only.  ods sheet
 * names are emitted like xlsx sheet names.  meta.xml gives dc:title,
 * meta:creation-date and dc:date.
 *
 * A password-protected ODF is a plain zip whose members are ciphertext;
 * the manifest says so with manifest:encryption-data.  When the manifest
 * comes after content.xml (the usual order), content.xml first fails as
 * bad XML and the manifest turns that into EXTRACT_ENCRYPTED.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/dates.h"
#include "extract_impl.h"
#include "zipxml.h"

#define NS_TEXT         "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE        "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_STYLE        "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_META         "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_MANIFEST     "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
#define NS_DC           "http://purl.org/dc/elements/1.1/"

enum odf_field { FIELD_NONE, FIELD_TITLE, FIELD_CREATED, FIELD_DATE };

struct odf {
	struct zipxml *zx;
	bool spreadsheet;       /* ods: emit sheet names */
	bool have_content;
	bool encrypted;

	/* Per part. */
	bool gated;             /* styles.xml: text only in headers/footers */
	int open_gate;          /* depth inside a header/footer */
	int in_p;               /* depth of text:p / text:h */
	int heading_at;         /* in_p of the open text:h mark, or 0 */
	unsigned long tables;   /* ods: sheets so far */
	int skip;               /* depth inside a subtree that is not text */

	/* meta.xml */
	enum odf_field field;
	struct zipxml_field fbuf;
	char *title;            /* owned until moved into r */
	time_t created, modified;
};

static bool
odf_header_footer(const char *name)
{
	static const char *const hf[] = { "header", "footer", "header-left",
	    "footer-left", "header-first", "footer-first" };
	const char *local = zipxml_local(name);
	size_t i;

	if (!zipxml_ns(name, NS_STYLE))
		return false;
	for (i = 0; i < sizeof(hf) / sizeof(hf[0]); i++)
		if (strcmp(local, hf[i]) == 0)
			return true;
	return false;
}

/* text:h: a heading mark at its outline level (1 when not given). */
static void
heading_open(struct odf *o, const char *level)
{
	char mark[8];
	long l = level != NULL ? strtol(level, NULL, 10) : 1;

	if (l < 1 || l > 9)
		l = 1;
	snprintf(mark, sizeof(mark), "%sH%ld", EXTRACT_MARK_OPEN, l);
	zipxml_text(o->zx, mark, strlen(mark));
	o->heading_at = o->in_p;
}

static void XMLCALL
body_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct odf *o = ud;
	const char *local = zipxml_local(name), *v;

	if (o->skip > 0 || zipxml_ns(name, NS_DC) ||
	    zipxml_ns(name, NS_META) ||
	    (zipxml_ns(name, NS_TEXT) &&
	    strcmp(local, "tracked-changes") == 0)) {
		o->skip++;
		return;
	}
	if (o->gated && odf_header_footer(name))
		o->open_gate++;
	if (zipxml_ns(name, NS_TEXT)) {
		if (strcmp(local, "p") == 0 || strcmp(local, "h") == 0) {
			/* Nested paragraphs (annotations, text boxes) must
			 * not glue to the text around them. */
			o->in_p++;
			zipxml_sep(o->zx, ' ');
			if (strcmp(local, "h") == 0 && o->heading_at == 0 &&
			    !o->gated)
				heading_open(o, zipxml_attr(atts,
				    "outline-level"));
		} else if (strcmp(local, "s") == 0)
			zipxml_sep(o->zx, ' ');
		else if (strcmp(local, "tab") == 0)
			zipxml_sep(o->zx, '\t');
		else if (strcmp(local, "line-break") == 0)
			zipxml_sep(o->zx, '\n');
	} else if (zipxml_ns(name, NS_TABLE)) {
		if (strcmp(local, "table") == 0 && o->spreadsheet &&
		    (v = zipxml_attr(atts, "name")) != NULL) {
			char mark[32];

			zipxml_sep(o->zx, '\n');
			snprintf(mark, sizeof(mark), "%sS%lu%s%sN%s",
			    EXTRACT_MARK_OPEN, ++o->tables, EXTRACT_MARK_CLOSE,
			    EXTRACT_MARK_OPEN, EXTRACT_MARK_CLOSE);
			zipxml_text(o->zx, mark, strlen(mark));
			zipxml_text(o->zx, v, strlen(v));
			zipxml_text(o->zx, EXTRACT_MARK_CLOSE, 3);
			zipxml_sep(o->zx, '\n');
		}
	}
}

static void XMLCALL
body_end(void *ud, const XML_Char *name)
{
	struct odf *o = ud;
	const char *local = zipxml_local(name);

	if (o->skip > 0) {
		o->skip--;
		return;
	}
	if (o->gated && odf_header_footer(name) && o->open_gate > 0)
		o->open_gate--;
	if (zipxml_ns(name, NS_TEXT)) {
		if ((strcmp(local, "p") == 0 || strcmp(local, "h") == 0) &&
		    o->in_p > 0) {
			if (o->heading_at == o->in_p) {
				zipxml_text(o->zx, EXTRACT_MARK_CLOSE, 3);
				o->heading_at = 0;
			}
			o->in_p--;
			zipxml_sep(o->zx, '\n');
		}
	} else if (zipxml_ns(name, NS_TABLE)) {
		if (strcmp(local, "table-cell") == 0 ||
		    strcmp(local, "covered-table-cell") == 0)
			zipxml_sep_set(o->zx, '\t');
		else if (strcmp(local, "table-row") == 0 ||
		    strcmp(local, "table") == 0)
			zipxml_sep(o->zx, '\n');
	}
}

static void XMLCALL
body_chars(void *ud, const XML_Char *s, int len)
{
	struct odf *o = ud;

	if (o->in_p > 0 && o->skip == 0 && (!o->gated || o->open_gate > 0))
		zipxml_text(o->zx, s, (size_t)len);
}

static void XMLCALL
meta_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct odf *o = ud;
	const char *local = zipxml_local(name);

	(void)atts;
	o->field = FIELD_NONE;
	if (zipxml_ns(name, NS_DC) && strcmp(local, "title") == 0)
		o->field = FIELD_TITLE;
	else if (zipxml_ns(name, NS_META) &&
	    strcmp(local, "creation-date") == 0)
		o->field = FIELD_CREATED;
	else if (zipxml_ns(name, NS_DC) && strcmp(local, "date") == 0)
		o->field = FIELD_DATE;
	o->fbuf.len = 0;
}

static void XMLCALL
meta_chars(void *ud, const XML_Char *s, int len)
{
	struct odf *o = ud;

	if (o->field != FIELD_NONE)
		zipxml_field_add(&o->fbuf, s, (size_t)len);
}

static void XMLCALL
meta_end(void *ud, const XML_Char *name)
{
	struct odf *o = ud;
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
	case FIELD_DATE:
		if (dates_parse_iso(v, &t) == 0)
			o->modified = t;
		break;
	case FIELD_NONE:
		break;
	}
	o->field = FIELD_NONE;
}

static void XMLCALL
manifest_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct odf *o = ud;

	(void)atts;
	if (zipxml_ns(name, NS_MANIFEST) &&
	    strcmp(zipxml_local(name), "encryption-data") == 0)
		o->encrypted = true;
}

static void
use(struct zipxml_part *part, struct odf *o, int rank, bool gated,
    XML_StartElementHandler start, XML_EndElementHandler end,
    XML_CharacterDataHandler chars)
{
	part->start = start;
	part->end = end;
	part->chars = chars;
	part->ud = o;
	part->rank = rank;
	o->gated = gated;
	o->open_gate = o->in_p = o->skip = o->heading_at = 0;
	o->field = FIELD_NONE;
}

static bool
odf_want(void *ctx, const char *name, struct zipxml_part *part)
{
	struct odf *o = ctx;

	if (strcmp(name, "content.xml") == 0) {
		o->have_content = true;
		if (o->encrypted)
			return false;
		use(part, o, 0, false, body_start, body_end, body_chars);
	} else if (strcmp(name, "styles.xml") == 0) {
		if (o->encrypted)
			return false;
		use(part, o, 1, true, body_start, body_end, body_chars);
	} else if (strcmp(name, "meta.xml") == 0) {
		use(part, o, -1, false, meta_start, meta_end, meta_chars);
	} else if (strcmp(name, "META-INF/manifest.xml") == 0) {
		use(part, o, -1, false, manifest_start, NULL, NULL);
	} else {
		return false;
	}
	return true;
}

int
extract_odf(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	struct odf o;
	int rc;

	memset(&o, 0, sizeof(o));
	o.spreadsheet = format != NULL && strcmp(format, "ods") == 0;
	if ((rc = zipxml_new(&o.zx, lim, r)) < 0)
		return rc;
	if ((rc = zipxml_run(o.zx, fd, odf_want, &o)) < 0)
		goto done;
	/* Ciphertext members fail as XML before the manifest explains why;
	 * limits and timeouts keep their own reason. */
	if (o.encrypted && (r->status == EXTRACT_OK ||
	    r->status == EXTRACT_CORRUPT)) {
		r->status = EXTRACT_OK;
		extract_fail(r, EXTRACT_ENCRYPTED,
		    "encrypted: password-protected OpenDocument");
	} else if (r->status == EXTRACT_OK && !o.have_content) {
		extract_fail(r, EXTRACT_CORRUPT, "corrupt: not an %s: "
		    "content.xml missing", format != NULL ? format : "odf");
	}
	if ((rc = zipxml_finish(o.zx, r)) < 0)
		goto done;
	if ((rc = extract_sections_finish(r, NULL, 0, !o.spreadsheet)) < 0)
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
