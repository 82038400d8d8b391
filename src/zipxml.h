/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * zipxml.h - stream the XML members of a zip container through expat.
 *
 * Internal helper of extract_ooxml.c and extract_odf.c.  The zip is read
 * with libarchive straight from the fd and every wanted member is inflated
 * chunk by chunk into an expat parser: nothing goes to disk and no member
 * is ever held whole in memory.  zipxml enforces the container limits
 * (inflated bytes, per-member ratio, wall time, parser memory), refuses
 * any DOCTYPE, and keeps the text the handlers hand it as one segment per
 * member, so that the final text follows the document's logical order
 * (rank, then the number in the member name) and not the archive order.
 *
 * Element and attribute names given to handlers are expat namespace
 * triplets without prefix: "URI local" (one space), or just "local" when
 * unqualified.  Use zipxml_local() / zipxml_ns() to look at them.
 */
#ifndef EVIDENCED_ZIPXML_H
#define EVIDENCED_ZIPXML_H

#include <stdbool.h>
#include <stddef.h>

#include <expat.h>

#include "extract_impl.h"

struct zipxml;

/* What to do with one member: handlers (any may be NULL) get ud. */
struct zipxml_part {
	XML_StartElementHandler start;
	XML_EndElementHandler end;
	XML_CharacterDataHandler chars;
	void *ud;
	int rank;       /* text order across members; <0: keep no text */
	/*
	 * Optional, for parts that documents of one template share byte for
	 * byte (extract_memo.c).  known[0..nknown) are members parsed cleanly
	 * before (borrowed, unchanged while the zip is read): a member equal
	 * to known[i] is not parsed, known_hit(ud, i) is called instead.
	 * record_max > 0: a member of at most record_max bytes that was
	 * parsed to its end is handed to recorded(ud, bytes, len), which
	 * takes the malloc'd bytes.  Either way the handlers see exactly
	 * what plain streaming would have shown them, up to the same error.
	 */
	const char *const *known;
	const size_t *known_len;
	size_t nknown;
	void (*known_hit)(void *ud, size_t i);
	size_t record_max;
	void (*recorded)(void *ud, char *bytes, size_t len);
};

/* Called for each member name; return true after filling *part to parse
 * it, false to skip it. */
typedef bool (*zipxml_want_fn)(void *ctx, const char *name,
    struct zipxml_part *part);

/* 0 or -ENOMEM.  lim and r are borrowed and must outlive zx; problems
 * with the file are recorded in r (the first one wins). */
int zipxml_new(struct zipxml **out, const struct extract_limits *lim,
    struct extract_result *r);
void zipxml_free(struct zipxml *zx);

/*
 * Read every member of the zip in fd, asking want() about each.  A
 * malformed member is recorded as EXTRACT_CORRUPT and reading goes on with
 * the next member (metadata and other parts may still be readable); a bad
 * zip, a limit, a timeout or an encrypted member stop reading.  0 or
 * -ENOMEM.
 */
int zipxml_run(struct zipxml *zx, int fd, zipxml_want_fn want, void *ctx);

/* For handlers: add text to the current member's segment.  A pending
 * separator is written first, unless the segment is still empty. */
void zipxml_text(struct zipxml *zx, const char *s, size_t n);
/* For handlers: ask for a separator ('\n' beats '\t' beats ' ') before the
 * next text.  Runs of separators collapse, so empty cells and paragraphs
 * cost nothing. */
void zipxml_sep(struct zipxml *zx, char c);
/* For handlers: make the pending separator c whatever it was (a table
 * cell ends with a tab even though its last paragraph ended a line). */
void zipxml_sep_set(struct zipxml *zx, char c);
/* For handlers: where the next text of this member would start (the
 * pending separator not counted), for zipxml_text_insert(). */
size_t zipxml_text_pos(const struct zipxml *zx);
/* For handlers: put s[0..n) at pos (from zipxml_text_pos) of this
 * member's text, before what was written since (a table mark known only
 * after its first row was read).  Nothing when the text was cut. */
void zipxml_text_insert(struct zipxml *zx, size_t pos, const char *s,
    size_t n);
/* For handlers: a handler's own allocation failed; stop with -ENOMEM. */
void zipxml_nomem(struct zipxml *zx);

/* Concatenate the segments in order into r->text (newline between
 * members).  0 or -ENOMEM. */
int zipxml_finish(struct zipxml *zx, struct extract_result *r);

/* Local part of an expat name ("URI local" -> "local"). */
const char *zipxml_local(const char *name);
/* Whether name is in namespace uri. */
bool zipxml_ns(const char *name, const char *uri);
/* Value of the attribute whose local name is local, or NULL. */
const char *zipxml_attr(const char **atts, const char *local);
/* The first decimal number in s (slide12.xml -> 12), or 0. */
unsigned long zipxml_name_number(const char *s);

/* Bounded text accumulator for metadata fields (titles, dates). */
struct zipxml_field {
	char buf[512];
	size_t len;
	bool active;
};
void zipxml_field_add(struct zipxml_field *f, const char *s, size_t n);
/* Trimmed copy of f as a NUL-terminated string in f->buf. */
const char *zipxml_field_str(struct zipxml_field *f);

#endif
