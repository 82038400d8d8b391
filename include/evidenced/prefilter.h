/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * prefilter.h - the literals a set of patterns needs, to rule a subject
 * out without running the patterns.
 *
 * Most files on a share are no evidence, and proving that takes a match
 * of the union of every item's name (or title) pattern: hundreds of
 * alternatives, tried at every position.  Almost every pattern needs some
 * literal text (服务级别协议, "sla"), so a subject that holds none of the
 * literals cannot match: one pass over the subject says so, and names
 * the few patterns worth running.  It is exact in one direction only: a
 * pattern left out cannot match; a candidate still has to be run.
 */
#ifndef EVIDENCED_PREFILTER_H
#define EVIDENCED_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>

struct prefilter;

/*
 * Build the prefilter of n pattern sources, as compiled by the rules
 * (PCRE2_UTF | PCRE2_CASELESS); data[i] is handed back for source i.
 * Syntax it does not follow makes that pattern a candidate for every
 * subject.  0 with *out set (free with prefilter_free).
 */
int prefilter_new(const char *const *sources, const void *const *data,
    size_t n, struct prefilter **out);
void prefilter_free(struct prefilter *pf);

/*
 * Call fn(data[i], arg) for each pattern i that may match subject[0..len)
 * -- every pattern whose needed literals all occur in it -- until fn
 * returns nonzero.  Returns that value, or 0.  The patterns left out
 * cannot match.
 */
int prefilter_each_candidate(const struct prefilter *pf, const char *subject,
    size_t len, int (*fn)(const void *data, void *arg), void *arg);

/*
 * Whether prefilter_each_candidate() would call its fn at all for
 * subject[0..len): the scan stops at the first pattern whose literals are
 * all there (a subject that holds one near its start costs a few bytes'
 * scan, not the whole).
 */
bool prefilter_any_candidate(const struct prefilter *pf, const char *subject,
    size_t len);

/* Whether some literal it looks for holds byte c. */
bool prefilter_literal_byte(const struct prefilter *pf, unsigned char c);

/*
 * How many characters from a subject's start it scans: 0 when some
 * pattern with literals may match anywhere or without bound (then it
 * scans all); *first_line (may be NULL): only up to the first newline
 * too.  Every pattern with literals is anchored (^) and bounded
 * otherwise, as title patterns are (^.{0,60}...).
 */
size_t prefilter_reach(const struct prefilter *pf, bool *first_line);

/* How many distinct literals it looks for, and how many patterns it can
 * never leave out (tests, lint). */
size_t prefilter_literal_count(const struct prefilter *pf);
size_t prefilter_unfiltered_count(const struct prefilter *pf);

#endif
