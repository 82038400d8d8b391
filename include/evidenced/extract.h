/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract.h - turn one document into UTF-8 text plus metadata.
 *
 * One module per family (extract_text.c, extract_ooxml.c, extract_odf.c,
 * extract_pdf.c, extract_ole.c); extract_fd() dispatches on the format
 * that filetype detection found, never on the extension alone.  Zip
 * containers are streamed with libarchive and their XML with expat: never
 * unzipped to disk, never the whole inflated XML in memory.
 *
 * Every failure has a reason a user can act on; a file that hits a limit
 * says which one.  Nothing here exits or aborts on bad input.
 */
#ifndef EVIDENCED_EXTRACT_H
#define EVIDENCED_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

enum extract_status {
	EXTRACT_OK = 0,
	EXTRACT_UNSUPPORTED,    /* no extractor for this type (image, zip) */
	EXTRACT_HELPER_MISSING, /* legacy .doc/.xls/.ppt, helper not installed */
	EXTRACT_LIMIT,          /* a limit was hit: reason names it */
	EXTRACT_CORRUPT,        /* truncated or malformed container/XML/PDF */
	EXTRACT_ENCRYPTED,      /* password-protected */
	EXTRACT_NO_TEXT,        /* parsed fine but no text (scanned PDF) */
	EXTRACT_IO,             /* read error */
	EXTRACT_TIMEOUT,        /* time per file exceeded */
};

/* Static name: "ok", "unsupported", "helper missing", "limit", ... */
const char *extract_status_name(enum extract_status st);

/*
 * "status: detail" for people, written into buf (returned): the reason
 * when it already says its status ("limit: file size ...", "corrupt PDF:
 * ..."), else the status name before it, or the name alone when reason is
 * NULL or "".  Everything that prints a reason goes through this, so no
 * message reads "limit: limit: ...".
 */
const char *extract_reason_text(enum extract_status st, const char *reason,
    char *buf, size_t size);

struct extract_limits {
	uint64_t max_file_bytes;     /* bytes read from the file */
	uint64_t max_inflated_bytes; /* per container, all entries together */
	unsigned max_ratio;          /* inflated / compressed, per entry */
	size_t max_text_bytes;       /* text kept for matching; cut, not fail */
	unsigned max_pdf_pages;      /* pages read; cut, not fail */
	unsigned max_seconds;        /* wall time per file */
	uint64_t helper_max_memory;  /* RLIMIT_AS of external helpers */
};

/* clamd-like safe defaults: 100 MiB, 512 MiB, 200, 4 MiB, 2000, 30 s,
 * 512 MiB. */
void extract_limits_default(struct extract_limits *lim);

/*
 * One section of a document: a heading and what follows it up to the
 * next heading of the same or a higher level, a spreadsheet's sheet, or
 * one column under a sheet's header row.  Offsets are bytes of the text
 * they come with (extract_result: the raw text; file_facts: the
 * normalised text).
 */
enum doc_section_kind {
	DOC_SECTION_HEADING = 0,        /* heading style, outline or number */
	DOC_SECTION_SHEET,              /* a worksheet: heading = its name */
	DOC_SECTION_COLUMN,             /* heading = the column's header */
};

#define DOC_SECTIONS_MAX 512    /* more headings are not sections */
#define DOC_SECTION_HEADING_MAX 200     /* bytes of a heading kept */

struct doc_section {
	enum doc_section_kind kind;
	unsigned level;         /* 1 = top; a column is its sheet's + 1 */
	bool has_data_rows;     /* column: some row under the header has a
				   value (else the column is a mere label) */
	char *heading;          /* as written, UTF-8, owned */
	char *sheet;            /* column: its sheet's name, owned; else NULL */
	size_t start, end;      /* [start, end) of the text */
};

void doc_sections_free(struct doc_section *v, size_t n);

/*
 * A stretch of the text that is table cells: a docx w:tbl, a PDF's or a
 * plain text's run of lines whose cells stand apart in columns.  A name
 * there is a mention (a register of documents, an approval block, a KPI
 * "巡检记录按时提交"), never the document's title or a heading.  Not for
 * spreadsheets: there the whole text is cells, and a sheet's name and
 * title row are its identity.  Offsets as for sections.
 */
struct text_range {
	size_t start, end;      /* [start, end) */
};

#define DOC_TABLES_MAX 256      /* more tables are not recorded */

struct extract_result {
	enum extract_status status;
	char reason[192];       /* "" when OK; else e.g. "limit: inflated
				   size over 512 MiB (max_inflated_bytes)" */
	char *text;             /* raw UTF-8, NUL-terminated, owned; may be
				   non-NULL (partial) even when status != OK */
	size_t text_len;
	bool truncated;         /* text cut at max_text_bytes (still OK) */
	char *title;            /* metadata title, UTF-8, owned, or NULL */
	time_t created;         /* metadata dates, 0 if unknown */
	time_t modified;
	time_t text_date;       /* latest date written in the text that is
				   not in the future, 0 if none */
	const char *format;     /* static, as filetype_info.format */
	struct doc_section *sections;   /* owned, in text order */
	size_t n_sections;
	struct text_range *tables;      /* owned, in text order, disjoint */
	size_t n_tables;
};

/*
 * Extract text from the open regular file fd (read from offset 0).
 * format is filetype_info.format.  Always returns 0 with *out set (caller
 * owns it, free with extract_result_free) unless memory runs out
 * (-ENOMEM); problems with the file are in (*out)->status / reason.
 */
int extract_fd(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result **out);

/*
 * What an extracting process remembers across files (extract_memo.c):
 * parts that documents of one template share byte for byte (a docx's
 * word/styles.xml) with what was parsed from them.  Optional: results
 * are the same with or without it, only faster.  One per process, not
 * for concurrent use.
 */
struct extract_memo;

int extract_memo_new(struct extract_memo **out);      /* 0 or -ENOMEM */
void extract_memo_free(struct extract_memo *m);
/* Lookups that found a part, and that did not (for tests and benches). */
void extract_memo_counts(const struct extract_memo *m, uint64_t *hits,
    uint64_t *misses);

/* extract_fd() that may use and fill memo (NULL: none). */
int extract_fd_memo(int fd, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result **out);
/* extract_fd_memo() with fd's fstat already taken by the caller (st). */
struct stat;
int extract_fd_stat(int fd, const struct stat *st, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result **out);

void extract_result_free(struct extract_result *r);

#endif
