/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * facts.h - what is known about one file on the share, independent of
 * any rule: its identity on disk, its type, the text and metadata an
 * extractor read from it, and the date freshness is judged by.
 *
 * Facts are what an extraction worker sends back to the process that
 * holds the state, what the state database keeps between runs, and what
 * the classifier judges.  Nothing in them points into a ruleset, so a
 * rules reload or a rename re-judges a file from its facts without
 * opening it again.  They travel as a small self-describing binary blob
 * (facts_encode/facts_decode) that is parsed as untrusted input.
 */
#ifndef EVIDENCED_FACTS_H
#define EVIDENCED_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "evidenced/extract.h"
#include "evidenced/pathname.h"

/* Which date a freshness (max_age) decision is based on. */
enum date_source {
	DATE_SOURCE_MTIME = 0,  /* file system modification time */
	DATE_SOURCE_TEXT,       /* latest date written in the text */
	DATE_SOURCE_METADATA,   /* document metadata (core.xml, PDF info) */
};

const char *date_source_name(enum date_source s);

/*
 * A file's identity: when all of it is unchanged, the file's content is
 * taken as unchanged (as make, rsync and Watchman do).  ctime catches a
 * content change that restored mtime (touch -r, cp -p over it).
 */
struct file_identity {
	uint64_t dev;
	uint64_t ino;
	int64_t size;
	int64_t mtime_ns;
	int64_t ctime_ns;
};

struct stat;
void file_identity_from_stat(struct file_identity *id, const struct stat *st);
bool file_identity_equal(const struct file_identity *a,
    const struct file_identity *b);

#define FACTS_FORMAT_MAX 8      /* "docx", "empty", "other" + NUL */
#define FACTS_BUILD_MAX 24      /* facts_build_id() + NUL */

struct file_facts {
	char *relpath;          /* raw name bytes, share-relative: the key */
	char *path;             /* UTF-8 for display and matching */
	enum pathname_decoding name_decoding;
	struct file_identity id;
	char format[FACTS_FORMAT_MAX];  /* filetype_info.format */
	/* The extraction code that made these facts (facts_build_id() of
	 * the inspector), "" unknown: the daemon reads a file again whose
	 * stored facts another build made, so that better extraction (a
	 * heading found, a sheet split) reaches the files that did not
	 * change. */
	char build[FACTS_BUILD_MAX];
	char *mime;             /* as detected, or NULL */
	unsigned typeclass;     /* one enum ev_typeclass bit */
	bool extracted;         /* an extractor ran */
	enum extract_status text_status;
	char *text_reason;      /* why text is missing or partial, or NULL */
	bool text_truncated;
	char *title;            /* document title as written, or NULL */
	time_t created;         /* metadata dates, 0 when unknown */
	time_t modified;
	time_t text_date;       /* latest date in the text, 0 when none */
	time_t date;            /* the date freshness is judged by */
	enum date_source date_source;
	/* Normalised text (textnorm), or NULL: the daemon keeps it (or a
	 * way to get it back) so that a reload re-judges without
	 * re-extracting; the one-shot scan drops it after judging.
	 * text_len stays when the text is dropped: text == NULL with
	 * text_len > 0 means "had text, not kept here". */
	char *text;
	size_t text_len;
	/* Sections (headings, sheets, columns), offsets into the
	 * normalised text; kept with the facts even when the text is not
	 * (the state database keeps the text apart). */
	struct doc_section *sections;
	size_t n_sections;
	/* Table cells (struct text_range), offsets into the normalised
	 * text, in order and disjoint: names there are mentions. */
	struct text_range *tables;
	size_t n_tables;
	/* Text before normalisation: only for `evidencectl text --raw`. */
	char *raw_text;
	size_t raw_text_len;
};

/* All pointers owned.  NULL is fine. */
void file_facts_free(struct file_facts *f);

/* Drop the (normalised and raw) text, keep everything else. */
void file_facts_drop_text(struct file_facts *f);

/* A deep copy (text included when with_text).  NULL on ENOMEM. */
struct file_facts *file_facts_dup(const struct file_facts *f, bool with_text);

/* How people are shown section i: "§3 问题管理程序", "sheet 维护记录",
 * "sheet 维护记录, column 病毒查杀".  New string (caller frees) or NULL
 * on ENOMEM. */
char *facts_section_label(const struct file_facts *f, size_t i);
/* The same for section i of the array v (headings are numbered in it). */
char *doc_section_label(const struct doc_section *v, size_t i);

/* Replace f's sections with a deep copy of v[0..n).  0 or -ENOMEM. */
int facts_sections_copy(struct file_facts *f, const struct doc_section *v,
    size_t n);

/* Replace f->relpath and f->path (a rename).  0 or -ENOMEM. */
int file_facts_rename(struct file_facts *f, const char *relpath);

#define FACTS_ENCODE_TEXT 0x1   /* include the normalised text */
#define FACTS_ENCODE_RAW  0x2   /* include the raw text */

/*
 * Serialise f into a new buffer *buf of *len bytes (caller frees).
 * 0 or -ENOMEM.
 */
int facts_encode(const struct file_facts *f, unsigned flags, uint8_t **buf,
    size_t *len);

/*
 * Parse buf[0..len) into new facts (caller frees with file_facts_free).
 * The input is untrusted: every length is checked, strings must be
 * NUL-free, text and path valid UTF-8.  0, -EINVAL (malformed, with *out
 * NULL) or -ENOMEM.
 */
int facts_decode(const uint8_t *buf, size_t len, struct file_facts **out);

/*
 * Of an encoded facts, only the raw name (*relpath, new), the identity,
 * whether the file could not be read and whether this build made them
 * (facts_of_this_build()): what a slim record keeps, without the cost of
 * the rest.  The fields it reads are checked as facts_decode() checks
 * them; the others are skipped unread.  0, -EINVAL, -ENOMEM.
 */
int facts_decode_stub(const uint8_t *buf, size_t len, char **relpath,
    struct file_identity *id, bool *unreadable, bool *this_build);

/* The name of this build's extraction code (a hash of its sources), ""
 * when the build does not say. */
const char *facts_build_id(void);
/* Stamp f as made by this build's extraction code. */
void facts_stamp_build(struct file_facts *f);
/* Were f made by this build's extraction code?  Facts that do not say
 * are an older build's (from before the stamp); true when this build
 * does not say. */
bool facts_of_this_build(const struct file_facts *f);

#endif
