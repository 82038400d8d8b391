/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * report.h - the filled-in self-assessment form (自评估表) and the other
 * human views of a status document: labels in the form's language, text
 * width on a terminal, and the monitoring check (Nagios/Icinga plugin).
 *
 * Everything here reads the status document as status_load() returns it
 * (README.md, "The status document"), never the ruleset or the index, so
 * a report can be made on any machine from status.json alone.
 *
 * The form has the seed's columns: 序号, 要点, 条款, 需提供证明材料,
 * 自评估结论, 证明材料清单.  One row per clause of the document, in its
 * (form) order; site clauses (观察项/不符合项 follow-ups) after 71.
 * Clauses the level excludes keep their row, marked 不适用, so the
 * numbering matches the printed form; every other row is 符合 only when
 * the clause is covered, 部分符合 when partial or stale (evidence exists
 * but some of it is missing or too old), 不符合 when missing.
 */
#ifndef EVIDENCED_REPORT_H
#define EVIDENCED_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include <json-c/json.h>

#include "evidenced/verdict.h"

enum report_format {
	REPORT_MD = 0,
	REPORT_CSV,
	REPORT_HTML,
	REPORT_XLSX,
};

enum report_lang {
	REPORT_LANG_ZH = 0,     /* the default: the quality manager's */
	REPORT_LANG_EN,
};

/* The form's 自评估结论 column. */
enum report_verdict {
	VERDICT_CONFORM = 0,    /* 符合 */
	VERDICT_PARTIAL,        /* 部分符合 */
	VERDICT_NONCONFORM,     /* 不符合 */
	VERDICT_NA,             /* 不适用 */
	VERDICT_COUNT
};

struct report_options {
	enum report_format format;
	int level;              /* 1..3; 0: the document's own level */
	/* Base of the links in html ("file://fileserver/资质材料/"); NULL
	 * or "": file:// and the document's share. */
	const char *share_url;
};

/* "md", "csv", "html", "xlsx" -> *out; 0 or -EINVAL. */
int report_format_parse(const char *name, enum report_format *out);

/*
 * Render the form of doc as o->format to out (xlsx goes through a
 * temporary file in $TMPDIR).  0, or a negative errno with err set:
 * -EINVAL for a document without clauses, -EIO for a write error.
 */
int report_render(struct json_object *doc, const struct report_options *o,
    FILE *out, char *err, size_t errlen);

/*
 * Write the form to path atomically (temporary file in the same directory,
 * fsync, rename, mode 0644): a full disk leaves the previous report whole.
 * 0 or negative errno, err set.
 */
int report_write(struct json_object *doc, const struct report_options *o,
    const char *path, char *err, size_t errlen);

/* The verdict of a clause state (covered -> 符合 ...). */
enum report_verdict report_verdict_of(enum clause_state st);
const char *report_verdict_label(enum report_verdict v);

/*
 * A clause's state at level (1..3), from what the document says: its
 * own state when the document was made at that level, else not_applicable
 * when levels excludes it, else computed from its items' states the way
 * verdict.c does (the document keeps items of excluded clauses too).
 */
enum clause_state report_clause_state(struct json_object *clause,
    int doc_level, int level);

/* --- terminal helpers --------------------------------------------- */

/*
 * The language for human output: lang ("zh", "en") when given, else
 * English when the locale (LC_ALL, LC_MESSAGES, LANG, first set) is C,
 * POSIX or English, else Chinese.  -EINVAL for an unknown lang.
 */
int report_lang_pick(const char *lang, enum report_lang *out);

/* Short state words: 符合/部分/缺失/过期/不适用 or covered/... */
const char *report_state_word(enum clause_state st, enum report_lang l);
/* Item states found/missing/stale: 已有/缺失/过期 or the English names. */
const char *report_item_word(const char *item_state, enum report_lang l);

/*
 * Columns s takes on a terminal: East Asian wide and full-width
 * characters two, combining and zero-width ones none, anything else one
 * (GLib's Unicode tables; invalid bytes count one each, as they will be
 * printed escaped).
 */
int report_display_width(const char *s);

/* --- monitoring --------------------------------------------------- */

enum check_state {
	CHECK_OK = 0,
	CHECK_WARNING = 1,
	CHECK_CRITICAL = 2,
	CHECK_UNKNOWN = 3,
};

/*
 * The Nagios/Icinga verdict on doc at time now: UNKNOWN when it is older
 * than max_age seconds (0: no limit) or no daemon keeps it (no "daemon"
 * block, or its pid is gone); else CRITICAL when an applicable clause is
 * missing or stale or the document says "share_unavailable", WARNING
 * when one is partial or a found item of a covered clause expires soon
 * (the daemon's "expires_soon", else "expires_at" within
 * REPORT_EXPIRY_WARNING of now), OK.  line gets the one
 * output line with perfdata ("EVIDENCED OK - ... | covered=63;;;0;63
 * partial=0 missing=0 stale=0").
 */
#define REPORT_EXPIRY_WARNING (30L * 86400)
enum check_state report_check(struct json_object *doc, time_t now,
    long max_age, char *line, size_t linelen);

/* "90", "90s", "15m", "2h", "1d", "1w" -> seconds; 0 or -EINVAL. */
int report_parse_duration(const char *s, long *out);

#endif
