/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * textnorm.h - normalise extracted text (and file names) before matching.
 *
 * - full-width ASCII (U+FF01..U+FF5E) to half-width, U+3000 to space;
 * - any run of whitespace (incl. NBSP, U+3000, tabs, newlines) to one
 *   space, and removed entirely between two CJK characters, so that a
 *   phrase split across Word XML runs or PDF line breaks still matches
 *   (with TEXTNORM_HARD_BREAKS, a newline or tab between two CJK
 *   characters stays as one space instead: see below);
 * - ASCII and Latin-1 letters case-folded to lower case;
 * - invalid UTF-8 bytes replaced by U+FFFD (the output is always valid).
 */
#ifndef EVIDENCED_TEXTNORM_H
#define EVIDENCED_TEXTNORM_H

#include <stdbool.h>
#include <stddef.h>

/* Normalise in[0..len) into a new NUL-terminated buffer *out (caller
 * frees), length in *out_len.  0 or -ENOMEM. */
int textnorm_normalize(const char *in, size_t len, char **out,
    size_t *out_len);

/* The same, and offs[0..n) (raw offsets, sorted ascending) become the
 * offsets in *out where the text at them begins.  0 or -ENOMEM. */
int textnorm_normalize_map(const char *in, size_t len, char **out,
    size_t *out_len, size_t *offs, size_t n);

/* Whether textnorm_normalize() would give s[0..len) back unchanged: a
 * caller may then use s itself (most file names are, and a copy of each
 * was a tenth of the allocations per file).  False also for some that
 * would come back unchanged; never true for one that would not. */
bool textnorm_is_normal(const char *s, size_t len);

/* Text whose newlines and tabs are structure, not layout: an office
 * document's paragraph, table-row and cell ends (a PDF's newline is a line
 * wrap inside a sentence, so PDFs and plain text do not pass this).  A
 * whitespace run holding a newline or tab between two CJK characters then
 * becomes one space, so that words of two cells (…22:30 回切完成 | 演练结论)
 * do not read as one phrase (回切完成演练). */
#define TEXTNORM_HARD_BREAKS 0x1u

/* textnorm_normalize_map with flags (TEXTNORM_*).  0 or -ENOMEM. */
int textnorm_normalize_flags(const char *in, size_t len, char **out,
    size_t *out_len, size_t *offs, size_t n, unsigned flags);

#endif
