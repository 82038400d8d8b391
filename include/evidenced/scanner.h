/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * scanner.h - everything known about one file on the share.
 *
 * The scanner is the in-process pipeline for one file: decode its name,
 * drop it if the ruleset ignores it, open it without leaving the share,
 * gather its facts (inspect.c: type, text, dates) and classify them.
 * The one-shot scan, the daemon and `evidencectl explain` all go through
 * it: one code path, one verdict.
 */
#ifndef EVIDENCED_SCANNER_H
#define EVIDENCED_SCANNER_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "evidenced/classify.h"
#include "evidenced/extract.h"
#include "evidenced/facts.h"
#include "evidenced/filetype.h"
#include "evidenced/pathname.h"
#include "evidenced/rules.h"

/*
 * A file as the index holds it: its rule-free facts and the judgement of
 * the ruleset in force on them.  Nothing here points into a ruleset.
 */
/* What stays of a slim record: its name and identity. */
struct file_stub {
	char *relpath;                  /* owned, raw: the index key */
	struct file_identity id;
};

struct file_record {
	/* Owned.  NULL in a slim record (file_record_slim()): a file that
	 * proves nothing keeps only its stub in memory, and its facts stay
	 * in the state database (or, without one, nowhere: the file is
	 * read again should it ever be judged again). */
	struct file_facts *facts;
	struct file_stub *stub;         /* owned, only when facts is NULL */
	char *ignored_by;       /* [ignore] pattern source, or NULL (owned) */
	/* "/pattern/ (file:line)" of a pattern whose match hit pcre2's
	 * limits on this file (it counted as no match, so the verdict may
	 * be wrong: one of the file's problems), or NULL (owned). */
	char *match_limit;
	size_t n_matches;
	struct file_match *matches;     /* owned */
	/* The engine's mark of the last walk that met the file: after a
	 * walk, records with an older one are gone from the share. */
	unsigned walk_mark;
	/* Restored with facts another build's extraction made: read again
	 * when next met, though the file did not change (facts.h). */
	bool reread;
};

void file_record_free(struct file_record *r);
/* Whether rec matters to a status: it matches an item, could not be
 * read, or hit a match limit.  Most files on a share are none of it. */
bool file_record_notable(const struct file_record *r);
/* The raw share-relative name and the identity, slim or not. */
const char *file_record_relpath(const struct file_record *r);
const struct file_identity *file_record_id(const struct file_record *r);
/* The display name (UTF-8), new (g_free), or NULL on ENOMEM. */
char *file_record_path_dup(const struct file_record *r);
/*
 * Make r slim: its facts freed, its name and identity kept.  Only for a
 * record that is not notable (-EINVAL otherwise); 0 or -ENOMEM.  The
 * caller re-keys the record wherever its name was a key.
 */
int file_record_slim(struct file_record *r);
/* Give a slim record back its facts f (taken). */
void file_record_unslim(struct file_record *r, struct file_facts *f);

#define SCANNER_KEEP_TEXT 0x1     /* keep the normalised text in the facts */
#define SCANNER_NEAR_CONTENT 0x2  /* classify with CLASSIFY_NEAR_CONTENT */
#define SCANNER_RAW_TEXT 0x4      /* also keep the text before normalising */

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

/* scanner_ignores() without a scanner: rs's [ignore] patterns matched
 * with mt, which the caller owns.  A thread with a matcher of its own
 * (a walk run ahead, walkahead.h) may call it beside the scanner's. */
bool scanner_path_ignored(const struct ruleset *rs, struct rule_matcher *mt,
    const char *relpath);

/*
 * Scan relpath (raw bytes, relative to the share) beneath rootfd.  0 with
 * *out set (caller owns it) — an ignored file yields a record with
 * ignored_by set and no matches; or a negative errno when the file cannot
 * be opened as a regular file beneath the root (nothing is allocated).
 * Unreadable content is not an error: it is in the facts' text_status.
 */
int scanner_scan_file(struct scanner *sc, int rootfd, const char *relpath,
    struct file_record **out);

/*
 * Judge facts already gathered (by a worker, from the state database, or
 * after a rename) with the scanner's ruleset: no file is opened.  f is
 * taken in every case.  Without SCANNER_KEEP_TEXT the text is dropped
 * after judging.  0 with *out set, or -ENOMEM.
 */
int scanner_judge(struct scanner *sc, struct file_facts *f,
    struct file_record **out);

/* scanner_judge() for the facts of a file scanner_ignores() has said
 * false of with this scanner: the [ignore] patterns (a name decoding and
 * normalisation per file) are not tried again. */
int scanner_judge_kept(struct scanner *sc, struct file_facts *f,
    struct file_record **out);

#endif
