/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_impl.h - the contract between extract.c (the dispatcher) and the
 * per-family extractors.  Internal: not installed, not for callers.
 *
 * Each family fills r (already zeroed, r->format set by the dispatcher):
 * r->text/text_len through extract_buf_*, metadata fields, and on failure
 * r->status and r->reason.  Returns 0, or -ENOMEM only; every problem with
 * the file itself goes into r->status.  The dispatcher runs dates and the
 * text-size cut afterwards, so families need not.
 */
#ifndef EVIDENCED_EXTRACT_IMPL_H
#define EVIDENCED_EXTRACT_IMPL_H

#include <stdarg.h>

#include "evidenced/extract.h"

/* Growable UTF-8 output that stops keeping text at max_text_bytes (sets
 * truncated) instead of failing: extractors keep parsing for metadata. */
struct extract_buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
	bool truncated;
};

void extract_buf_init(struct extract_buf *b, size_t max);
/* 0 or -ENOMEM; text beyond max is dropped and b->truncated set. */
int extract_buf_append(struct extract_buf *b, const char *s, size_t n);
/* Move the text into r (r->text, r->text_len, r->truncated). */
void extract_buf_finish(struct extract_buf *b, struct extract_result *r);
void extract_buf_free(struct extract_buf *b);

/*
 * Read the regular file fd from offset 0, at most max bytes, into a new
 * buffer *out (caller frees; NUL-terminated for text families); a short
 * read is its end.  *over when the file has more.  0, -ENOMEM or the
 * -errno of the read.
 */
int extract_read_head(int fd, uint64_t max, char **out, size_t *out_len,
    bool *over);

/* Monotonic seconds: families compare it with now + max_seconds. */
double extract_clock(void);

/* Set r->status and a formatted r->reason. */
void extract_fail(struct extract_result *r, enum extract_status st,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/*
 * Sections (extract_sections.c).  A family that knows a document's
 * structure marks it in the text it emits, wherever the text of that part
 * ends up in the final order: EXTRACT_MARK_OPEN, a tag byte, an argument,
 * EXTRACT_MARK_CLOSE.  Tags: 'H' + level digit, then the heading text
 * (kept in the text) and a closing mark; 'T' likewise, but the title is
 * not text (a PDF outline entry: the section starts where its page
 * does); 'S' + sheet number + close (a
 * worksheet starts here); 'N' + close, the sheet name (kept) and a close
 * (workbook order names sheets 1, 2 ...); 'B' + close and 'E' + close
 * around a table (its cells are mentions, see struct text_range).
 * U+FDD0/U+FDD1 are Unicode
 * noncharacters: no document carries them as text.
 */
#define EXTRACT_MARK_OPEN  "\xEF\xB7\x90"    /* U+FDD0 */
#define EXTRACT_MARK_CLOSE "\xEF\xB7\x91"    /* U+FDD1 */

/* A column under a sheet's header row, found by a spreadsheet family. */
struct extract_column {
	unsigned long sheet;    /* the sheet's number ('S' mark) */
	char *header;           /* owned */
	bool has_data_rows;
};

/*
 * After the family ran: take the marks out of r->text into
 * r->sections and r->tables, add columns (their text is their sheet's),
 * and when the family marked nothing, find numbered headings (第三章,
 * 5.1, 一、) in the text's lines (numbered), and tables as runs of lines
 * with a tab between two cells (numbered, no table marked).  No heading
 * lies in a table.  Computes every section's end.  0 or -ENOMEM.
 */
int extract_sections_finish(struct extract_result *r,
    const struct extract_column *cols, size_t ncols, bool numbered);

/* Families.  format is filetype_info.format. */
int extract_plain(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r);          /* txt csv md html: extract_text.c */
int extract_ooxml(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r);          /* docx xlsx pptx: extract_ooxml.c */
int extract_ooxml_memo(int fd, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result *r);          /* the same, with a memo */

/*
 * The memo (extract_memo.c).  Keys are a part's exact bytes, at most
 * EXTRACT_MEMO_KEY_MAX; tag says what the part is (EXTRACT_MEMO_*).
 * known lists up to max keys of tag (borrowed: valid until the next put)
 * with their slots; hit returns the value of a slot whose key a part
 * equalled (borrowed).  put takes the malloc'd key and the value
 * reference (dropped with value_free, also when it is not kept); a NULL
 * memo keeps nothing.  0 or -ENOMEM.
 */
#define EXTRACT_MEMO_KEY_MAX (1024 * 1024)
#define EXTRACT_MEMO_KNOWN_MAX 4
enum { EXTRACT_MEMO_DOCX_STYLES = 1 };
size_t extract_memo_known(struct extract_memo *m, int tag, const char **keys,
    size_t *lens, size_t *slots, size_t max);
void *extract_memo_hit(struct extract_memo *m, size_t slot);
int extract_memo_put(struct extract_memo *m, int tag, char *key, size_t len,
    void *value, void (*value_free)(void *));
int extract_odf(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r);          /* odt ods odp: extract_odf.c */
int extract_pdf(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r);          /* pdf: extract_pdf.c */
int extract_ole(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r);          /* doc xls ppt (+ rtf wps et): extract_ole.c */

#endif
