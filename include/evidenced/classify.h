/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * classify.h - decide, for one file, which evidence items it proves and why.
 *
 * The classifier is pure: it takes the compiled ruleset (const) and the
 * facts about one file (normalised path, type class, normalised title and
 * text) and returns one struct file_match per item that the file matched
 * or nearly matched.  It does no I/O; inspect.c gathers the facts.
 */
#ifndef EVIDENCED_CLASSIFY_H
#define EVIDENCED_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "evidenced/extract.h"
#include "evidenced/facts.h"
#include "evidenced/rules.h"

/* What identified or qualified a file (bits of item_match.matched_by). */
enum match_by {
	MATCH_NAME = 1u << 0,    /* a name pattern matched the path */
	MATCH_TITLE = 1u << 1,   /* a title pattern matched title/text head */
	MATCH_TYPE = 1u << 2,    /* the type class is accepted */
	MATCH_CONTENT = 1u << 3, /* content_all/content_any held */
};

struct classify_input {
	const char *path;       /* normalised share-relative path (textnorm) */
	const char *title;      /* normalised title, or NULL */
	const char *text;       /* normalised text, or NULL if none */
	size_t text_len;
	unsigned typeclass;     /* one enum ev_typeclass bit */
	bool empty;             /* zero bytes */
	enum extract_status text_status;  /* why text is NULL/partial */
	const char *text_reason;          /* extract_result.reason */
	/* Sections, offsets into text (file_facts.sections), or NULL: each
	 * heading identifies an item as a title does, and that item's
	 * content is then checked on the section's text alone. */
	const struct doc_section *sections;
	size_t n_sections;
	/* Table cells (file_facts.tables), or NULL: left out of the title
	 * region and of the text head that gives the kind. */
	const struct text_range *tables;
	size_t n_tables;
	/* A section judged like a file: the whole document's title (its
	 * title is the section's heading), or NULL. */
	const char *doc_title;
};

/*
 * One item a file matched or nearly matched.  Keyed by the clause and
 * item ids, never by pointers into the ruleset: a record outlives the
 * ruleset that judged it (a reload re-judges it, the state database
 * keeps it).  Every string is owned by the match.
 */
struct file_match {
	char *clause_id;        /* "35" */
	char *item_id;          /* "sla" */
	bool counts;            /* the file counts for the item */
	unsigned matched_by;    /* enum match_by bits */
	char *name_pattern;     /* source of the name pattern that hit, or NULL */
	char *title_pattern;    /* source of the title pattern that hit, or NULL */
	char *excluded_by;      /* source of the exclude pattern that hit, or NULL */
	char *reason;           /* why it does not count; NULL when it does */
	char *section;          /* the section that matched ("§3 问题管理
				   程序", "sheet 维护记录, column 病毒查杀"),
				   NULL when the file as a whole did */
};

void file_match_clear(struct file_match *m);
/* Free an array of n matches and what they own.  NULL is fine. */
void file_matches_free(struct file_match *v, size_t n);

/* Also report items whose content matched but which the file's name and
 * title do not identify (costly: every item's content patterns run). */
#define CLASSIFY_NEAR_CONTENT 0x1

/*
 * Classify one file.  On success *matches is a new array of *n entries
 * (free with file_matches_free), possibly empty (NULL, 0).  Returns 0 or
 * -ENOMEM.
 */
int classify_file(const struct ruleset *rs, struct rule_matcher *mt,
    const struct classify_input *in, unsigned flags,
    struct file_match **matches, size_t *n);

/*
 * The file's kind of document (one enum ev_kind bit, 0 when its name,
 * title and text head say nothing): the kind of the last kind word of
 * the file name, else of the title, else of the text's first 24
 * characters, with citations (《…》, 按/依据/参照/根据 …) left out.
 */
unsigned classify_kind(const struct classify_input *in);
/*
 * The kind of a second document the file name joins to the first with
 * 及, 和, 与 or & (渗透测试计划及记录 is a plan as well as a record; 运维
 * 人员名单及倒班安排 a list as well as a plan), 0 when none: an item that
 * accepts either kind accepts the file.  Never a procedure or a notice
 * (网络安全事件报告与处置制度 reports nothing).
 */
unsigned classify_joined_kind(const struct classify_input *in);
/* The title of the document a notice issues and carries as its 附件
 * (关于印发《…管理办法》的通知 with the 办法's text in it), or NULL;
 * g_free() it.  That document's kind and title are the file's. */
char *classify_issued_title(const struct classify_input *in);

/* The name of path without its folders and extension: *b points into
 * path, *len bytes long (name_any matches over it). */
void classify_base_name(const char *path, const char **b, size_t *len);

/*
 * Classify from a file's facts: normalises the path and the title, then
 * classify_file().  f->text is used when present (NULL: judged as a file
 * whose text was not kept, see the engine).  0 or -ENOMEM.
 */
struct file_facts;
/* classify_kind() of a file's facts into *kind, and (joined not NULL)
 * classify_joined_kind() into *joined; 0 or -ENOMEM. */
int classify_facts_kind(const struct file_facts *f, unsigned *kind,
    unsigned *joined);

/*
 * The text the whole-file content checks read, when it is not f->text: a
 * workbook's with its header-only sheets and the headers of its empty
 * columns blanked (same offsets), so that explain shows what the verdict
 * saw.  *out is NULL when nothing is blanked (caller frees with g_free()).
 * 0 or -ENOMEM.
 */
int classify_facts_content_text(const struct file_facts *f, char **out);

int classify_facts(const struct ruleset *rs, struct rule_matcher *mt,
    const struct file_facts *f, unsigned flags, struct file_match **matches,
    size_t *n);

#endif
