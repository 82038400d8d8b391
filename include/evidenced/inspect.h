/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * inspect.h - the facts of one open file: type, text, title, dates.
 *
 * This is the part of the pipeline that parses untrusted bytes, and it
 * knows nothing of rules: it is what an extraction worker runs.  The
 * caller opens the file (beneath the share root) and passes the
 * descriptor; the inspector detects the type (struct filetype), runs the
 * extractor for it within the limits, normalises the text (textnorm) and
 * picks the date freshness is judged by.
 */
#ifndef EVIDENCED_INSPECT_H
#define EVIDENCED_INSPECT_H

#include <sys/stat.h>

#include "evidenced/extract.h"
#include "evidenced/facts.h"

struct inspector;

/* limits NULL = extract_limits_default().  NULL with errno set on
 * failure (libmagic database missing: ENOENT). */
struct inspector *inspector_new(const struct extract_limits *limits);
void inspector_free(struct inspector *in);

#define INSPECT_RAW_TEXT 0x1    /* also keep the text before normalising */

/*
 * Facts of the regular file open at fd (read from offset 0), whose stat
 * is st and whose share-relative name is relpath (raw bytes).  A file
 * that cannot be read is not an error: its facts say why.  0 with *out
 * set (caller frees), or -ENOMEM.
 */
int inspector_run(struct inspector *in, int fd, const struct stat *st,
    const char *relpath, unsigned flags, struct file_facts **out);

/* Facts of relpath from its name and stat alone (no content read):
 * what is known of a file that is ignored or cannot be opened. */
int inspect_name_only(const char *relpath, const struct stat *st,
    struct file_facts **out);

#endif
