/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * scanner.h - everything known about one file on the share.
 *
 * The scanner is the pipeline for one file: decode its name, drop it if
 * the ruleset ignores it, open it without leaving the share, detect its
 * type (libmagic), extract and normalise its text, pick the date that
 * freshness is judged by, and classify it.  The one-shot scan, the daemon
 * and `evidencectl explain` all call scanner_scan_file(): one code path,
 * one verdict.
 */
#ifndef EVIDENCED_SCANNER_H
#define EVIDENCED_SCANNER_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "evidenced/classify.h"
#include "evidenced/extract.h"
#include "evidenced/filetype.h"
#include "evidenced/pathname.h"
#include "evidenced/rules.h"

/* Which date a freshness (max_age) decision is based on. */
enum date_source {
	DATE_SOURCE_MTIME = 0,  /* file system modification time */
	DATE_SOURCE_TEXT,       /* latest date written in the text */
	DATE_SOURCE_METADATA,   /* document metadata (core.xml, PDF info) */
};

const char *date_source_name(enum date_source s);

struct file_record {
	char *path;             /* UTF-8 share-relative path (owned) */
	enum pathname_decoding name_decoding;
	off_t size;
	time_t mtime;
	struct filetype_info type;
	enum extract_status text_status;
	char text_reason[192];
	bool text_truncated;
	bool text_extracted;    /* an extractor ran */
	char *title;            /* document title as written (owned) or NULL */
	time_t date;            /* date freshness is judged by */
	enum date_source date_source;
	const char *ignored_by; /* [ignore] pattern (owned by the ruleset) */
	size_t n_matches;
	struct item_match *matches;  /* owned */
	/* With SCANNER_KEEP_TEXT only (explain, text): owned, else NULL. */
	char *raw_text;
	size_t raw_text_len;
	char *norm_text;
	size_t norm_text_len;
};

void file_record_free(struct file_record *r);

#define SCANNER_KEEP_TEXT 0x1     /* keep raw and normalised text */
#define SCANNER_NEAR_CONTENT 0x2  /* classify with CLASSIFY_NEAR_CONTENT */

struct scanner;

/*
 * rs is borrowed and must outlive the scanner (a reload makes a new
 * scanner).  limits NULL = extract_limits_default().  NULL with errno set
 * on failure (libmagic database missing: ENOENT).
 */
struct scanner *scanner_new(const struct ruleset *rs,
    const struct extract_limits *limits, unsigned flags);
void scanner_free(struct scanner *sc);

/* True when relpath (raw bytes, a file or a directory) must never count:
 * it matches the ruleset's [ignore] patterns after decoding and
 * normalisation, exactly as scanner_scan_file() would judge it. */
bool scanner_ignores(struct scanner *sc, const char *relpath);

/*
 * Scan relpath (raw bytes, relative to the share) beneath rootfd.  0 with
 * *out set (caller owns it) — an ignored file yields a record with
 * ignored_by set and no matches; or a negative errno when the file cannot
 * be opened as a regular file beneath the root (nothing is allocated).
 * Unreadable content is not an error: it is in text_status/text_reason.
 */
int scanner_scan_file(struct scanner *sc, int rootfd, const char *relpath,
    struct file_record **out);

#endif
