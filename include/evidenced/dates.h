/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * dates.h - dates written in document text, the way auditors read them.
 *
 * Recognises 2026年3月15日, 2026年03月, 2026-03-15, 2026/3/15, 2026.3.15
 * (full-width digits too, after textnorm) and ISO 8601 timestamps from
 * document metadata.  Dates are taken as local midnight.
 */
#ifndef EVIDENCED_DATES_H
#define EVIDENCED_DATES_H

#include <stddef.h>
#include <time.h>

/* Latest valid date in text[0..len) that is not after now; 0 and *out
 * set, or -ENOENT when there is none. */
int dates_latest_in_text(const char *text, size_t len, time_t now,
    time_t *out);

/* Parse an ISO 8601 / W3CDTF timestamp ("2026-03-15T08:00:00Z",
 * "2026-03-15") or a PDF date ("D:20260315080000+08'00'").  0 or
 * -EINVAL. */
int dates_parse_iso(const char *s, time_t *out);
int dates_parse_pdf(const char *s, time_t *out);

/* Format t as RFC 3339 UTC ("2026-03-15T08:00:00Z") into buf (>= 21). */
char *dates_rfc3339(time_t t, char *buf, size_t size);

#endif
