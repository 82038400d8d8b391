/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * classify_int.h - the contract between the parts of the classifier:
 * classify.c (the per-item decision, identification and its candidates,
 * classify_file() and the facts entry points), dockind.c (what kind of
 * document a name, title or text is, and what it cites) and
 * classify_sections.c (which sections of a document are judged like a
 * file, and the labels of a workbook that hold nothing).  Internal: not
 * installed, not for callers, who see include/evidenced/classify.h only.
 *
 * Everything here is pure (no I/O); strings returned are GLib memory
 * (g_free()) unless said otherwise.
 */
#ifndef EVIDENCED_CLASSIFY_INT_H
#define EVIDENCED_CLASSIFY_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "evidenced/classify.h"

/* ------------------------------------------------------------------ */
/* Kinds and citations (dockind.c)                                     */

/* Bytes of the first max bytes of s[0..len), never cutting a UTF-8
 * sequence. */
size_t dockind_utf8_head_len(const char *s, size_t len, size_t max);
/* Byte length of the first max characters of s (UTF-8). */
size_t dockind_utf8_chars_len(const char *s, size_t len, size_t max);
/* The kind (enum ev_kind bit) of the last kind word in s[0..len), 0
 * when none. */
unsigned dockind_kind_of_words(const char *s, size_t len);
/* Whether s[0..len) holds a cite word (按照, 依据 ...) or 《. */
bool dockind_cites_anything(const char *s, size_t len);
/* Whether s[0..len) holds a 《. */
bool dockind_holds_open_quote(const char *s, size_t len);
/* A copy of s[0..len) with what it cites blanked to '_' (names in 《》,
 * the phrase after 按/依据/参照/根据).  NULL on ENOMEM. */
char *dockind_blank_citations(const char *s, size_t len);
/* Bytes of the title region (sheet name, title row) of a spreadsheet's
 * text. */
size_t dockind_sheet_title_len(const char *text, size_t len);
/* The first max bytes of the text with its tables blanked to spaces (a
 * workbook's: its first sheet with rows, name first).  NULL on ENOMEM. */
char *dockind_text_head(const struct classify_input *in, size_t max);
/* Does the procedure named name[0..name_len) say in its text that it
 * sets nothing of its own (本程序不另规定)? */
bool dockind_sets_nothing(const char *name, size_t name_len,
    const char *text, size_t text_len);
/* Is the file a notice that issues 《X》 (关于印发《…变更管理办法》的通知)
 * filed without X, its 附件 kept apart?  *issued_kind: X's kind, 0 when
 * its name has no kind word. */
bool dockind_bare_notice(const struct classify_input *in,
    unsigned *issued_kind);
/* classify_kind(), given what classify_issued_title() said (or NULL). */
unsigned dockind_kind_of_input(const struct classify_input *in,
    const char *issued);

/* ------------------------------------------------------------------ */
/* Sections (classify_sections.c)                                      */

/* One section to judge: its input (title = the heading) and label. */
struct section_pass {
	struct classify_input in;
	enum doc_section_kind kind;
	char *title;            /* normalised heading, owned */
	char *label;            /* owned */
	char *text;             /* front matter + section text, owned, or
				   NULL (in.text points into the file's) */
	size_t suffix_len;      /* a chapter: title is the heading + this
				   many bytes of chapter_suffix() */
	bool agreed;            /* an agenda item of minutes in which
				   both parties agreed */
	bool typed;             /* a sheet with data rows named for a kind
				   of work some item's rows take (版本升级,
				   病毒库升级及查杀): sheets_typed() */
	bool row;               /* a log's rows of one type: title is the
				   type + CHAPTER_RECORD (row_type_passes) */
	bool empty;             /* a sheet that is only a header: proves
				   nothing (place_is_empty) */
};

/* Does sheet i of v[0..n) have a column with data rows under its
 * header? */
bool csec_sheet_has_rows(const struct doc_section *v, size_t n, size_t i);
/* Is the file a workbook whose every sheet is only a header row? */
bool csec_workbook_is_blank(const struct classify_input *in);
/* *out: a workbook's text with its header-only sheets and the headers
 * of its empty columns blanked (same offsets), NULL when nothing is
 * (g_free()).  0 or -ENOMEM. */
int csec_blank_labels(const struct classify_input *in, char **out);
/* Does chapter pass p identify item it only without its chapter
 * suffix (then it is a topic, not that item)? */
bool csec_chapter_names_other(struct rule_matcher *mt,
    const struct rule_item *it, const struct section_pass *p);
/* The passes of the sections of in that may identify some item, their
 * content read from blanked when it is not NULL: *out, *n (free with
 * csec_section_passes_free()).  0 or -ENOMEM. */
int csec_section_passes(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, const char *blanked, unsigned file_kind,
    struct section_pass **out, size_t *n);
void csec_section_passes_free(struct section_pass *v, size_t n);

/* ------------------------------------------------------------------ */
/* Matching (classify.c)                                               */

/* The source of the first pattern of ps that matches s[0..len), or NULL
 * (also when s is NULL). */
const char *classify_first_hit(struct rule_matcher *mt,
    const struct rule_patterns *ps, const char *s, size_t len);
/* Can some pattern of the union u match s[0..len)?  With the prefilter
 * pf when not NULL; true also when a match fails. */
bool classify_union_may_match(const struct prefilter *pf,
    const struct rule_pattern *u, struct rule_matcher *mt, const char *s,
    size_t len);

#endif
