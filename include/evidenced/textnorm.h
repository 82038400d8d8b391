/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * textnorm.h - normalise extracted text (and file names) before matching.
 *
 * - full-width ASCII (U+FF01..U+FF5E) to half-width, U+3000 to space;
 * - any run of whitespace (incl. NBSP, U+3000, tabs, newlines) to one
 *   space, and removed entirely between two CJK characters, so that a
 *   phrase split across Word XML runs or PDF line breaks still matches;
 * - ASCII and Latin-1 letters case-folded to lower case;
 * - invalid UTF-8 bytes replaced by U+FFFD (the output is always valid).
 */
#ifndef EVIDENCED_TEXTNORM_H
#define EVIDENCED_TEXTNORM_H

#include <stddef.h>

/* Normalise in[0..len) into a new NUL-terminated buffer *out (caller
 * frees), length in *out_len.  0 or -ENOMEM. */
int textnorm_normalize(const char *in, size_t len, char **out,
    size_t *out_len);

/* The same, and offs[0..n) (raw offsets, sorted ascending) become the
 * offsets in *out where the text at them begins.  0 or -ENOMEM. */
int textnorm_normalize_map(const char *in, size_t len, char **out,
    size_t *out_len, size_t *offs, size_t n);

#endif
