/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules.h - the rule compiler and the immutable compiled ruleset.
 *
 * Rules are INI files (read with inih) describing, per clause of the CCRC
 * self-assessment form, the evidence items an auditor asks for.  The
 * compiler (struct rules_compiler) reads one rule pack plus any number of
 * site drop-in directories, validates everything and reports errors as
 * "file:line: message".  The result (struct ruleset) is immutable: the
 * classifier and everything downstream only ever see `const struct ruleset *`.
 * A reload builds a new ruleset, swaps the pointer and frees the old one.
 *
 * Format (full reference in README.md, "Rule files"):
 *
 *   [defaults]                 ; optional, once per ruleset
 *   exclude = 模板|template    ; added to every item's exclude list
 *   types   = document pdf     ; default accepted types of an item
 *
 *   [ignore]                   ; files that never count (lock files, bins)
 *   path = (^|/)~\$            ; pcre2 over the share-relative path
 *
 *   [35]                       ; a clause, id = the form's number
 *   phase  = 准备阶段—服务协议的特殊要求
 *   text   = 明确安全运维的方式 ...
 *   proof  = 服务级别协议协议，其中内容包括运维的方式。
 *   levels = 1 2               ; 仅二级要求 -> "2", 仅一级要求 -> "1"
 *   note   = why this clause deviates from the form (optional)
 *
 *   [35/sla]                   ; evidence item "sla" of clause 35
 *   label       = 服务级别协议（含运维方式）
 *   name        = 服务级别协议|服务水平协议|\bSLA\b
 *   title       = 服务级别协议      ; identifies by document title/first text
 *   content_all = 驻场|现场         ; every line must match the text
 *   content_any = ...              ; at least one line must match
 *   name_any    = [（(]20\d\d年版[)）] ; or one of these over the file name
 *   exclude     = 草稿
 *   types       = document pdf
 *   min_files   = 1
 *   max_age     = 365d             ; d, w, m (30 d) or y (365 d)
 *   kinds       = agreement        ; kinds of document that prove it
 *   terms       = 服务 … 级别 … 协议 ; in this order, gaps <= terms_gap
 *   terms_gap   = 12               ; characters between two terms
 *
 *   [vocab 机密性]              ; alternatives shared across items,
 *   words = 机密性|保密性|密级   ; used in any pattern as {{机密性}}
 *
 * A value may continue on following lines indented by whitespace; for
 * pattern keys every line is one pattern, for text keys lines are joined.
 * In a site (drop-in) layer, a key replaces the pack's value, and a key
 * prefixed with '+' (e.g. "+name = 服务承诺书") appends patterns.
 */
#ifndef EVIDENCED_RULES_H
#define EVIDENCED_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Type classes a rule can accept; a file has exactly one. */
enum ev_typeclass {
	EV_TYPE_DOCUMENT = 1u << 0,     /* doc, docx, odt, rtf, wps */
	EV_TYPE_SPREADSHEET = 1u << 1,  /* xls, xlsx, ods, et, csv */
	EV_TYPE_PRESENTATION = 1u << 2, /* ppt, pptx, odp, dps */
	EV_TYPE_PDF = 1u << 3,
	EV_TYPE_TEXT = 1u << 4,         /* txt, md, html */
	EV_TYPE_IMAGE = 1u << 5,        /* scans: jpeg, png, tiff */
	EV_TYPE_OTHER = 1u << 6,        /* anything else: never evidence */
};
#define EV_TYPE_ANY_EVIDENCE                                                  \
	(EV_TYPE_DOCUMENT | EV_TYPE_SPREADSHEET | EV_TYPE_PRESENTATION |      \
	    EV_TYPE_PDF | EV_TYPE_TEXT | EV_TYPE_IMAGE)

/* Static name of a single class ("document", ...), "other" if unknown. */
const char *ev_typeclass_name(unsigned cls);
/* Parse one class name; 0 or -EINVAL. */
int ev_typeclass_parse(const char *name, unsigned *cls);
/* Write "document pdf text" for a mask into buf; returns buf. */
char *ev_typeclass_mask_str(unsigned mask, char *buf, size_t size);

/*
 * Kinds of document (issue 8): what a file is, computed by the classifier
 * from its name, title and the head of its text; what an item accepts
 * (`kinds = record`).  A procedure never proves a record item.
 */
enum ev_kind {
	EV_KIND_PROCEDURE = 1u << 0,    /* 程序 制度 办法 规范 规定 手册 作业指导书 流程 */
	EV_KIND_PLAN = 1u << 1,         /* 计划 方案 预案 策略 */
	EV_KIND_RECORD = 1u << 2,       /* 记录 报告 纪要 签到表 日志 ... 单 */
	EV_KIND_AGREEMENT = 1u << 3,    /* 协议 合同 */
	EV_KIND_INVENTORY = 1u << 4,    /* 清单 目录 台账 库 一览表 */
	EV_KIND_NOTICE = 1u << 5,       /* 通知 通告: announces, proves nothing done */
};
#define EV_KIND_ALL 0x3fu

/* Static name of one kind ("record"), "unknown" for 0 or several bits. */
const char *ev_kind_name(unsigned kind);
/* Parse one kind name; 0 or -EINVAL. */
int ev_kind_parse(const char *name, unsigned *kind);
/* Write "procedure record" for a mask into buf; returns buf. */
char *ev_kind_mask_str(unsigned mask, char *buf, size_t size);

/* Characters allowed between two terms of a `terms` line by default. */
#define RULES_TERMS_GAP_DEFAULT 12

/* Applicant levels as bits: 1u << 1 (一级), 1u << 2 (二级), 1u << 3 (三级). */
#define EV_LEVEL_BIT(n) (1u << (n))
#define EV_LEVEL_MIN 1
#define EV_LEVEL_MAX 3

/* One compiled pcre2 pattern and where it was written. */
struct rule_pattern {
	char *source;           /* as written in the file (owned) */
	const char *file;       /* owned by the ruleset */
	int line;
	pcre2_code *code;       /* compiled UTF|CASELESS, JIT where possible */
};

struct rule_patterns {
	size_t n;
	struct rule_pattern *v;
};

struct rule_clause;
struct prefilter;

struct rule_item {
	char *id;               /* "sla" (section "[35/sla]") */
	char *label;            /* 服务级别协议 ... */
	/* `terms` lines are compiled into both: a path variant whose gaps
	 * stay inside one path component, and a title variant anchored in
	 * the title region (^.{0,60}). */
	struct rule_patterns name;        /* over the share-relative path */
	struct rule_patterns title;       /* over document title + text head */
	struct rule_patterns content_all; /* each must match the text */
	struct rule_patterns content_any; /* one must match the text */
	/* ... or one of these the file's own name (its last path component):
	 * an issued edition says so in its name, 应急预案（2025年修订）. */
	struct rule_patterns name_any;
	struct rule_patterns exclude;     /* item's own + [defaults] exclude */
	unsigned types;         /* mask of enum ev_typeclass */
	unsigned kinds;         /* mask of enum ev_kind; 0 = any kind */
	unsigned min_files;     /* >= 1 */
	long max_age;           /* seconds; 0 = no limit */
	/* A record's chapter that names this activity proves it (二、病毒
	 * 查杀 of an inspection report is its 病毒查杀记录). */
	bool chapters;
	/* A log's rows whose type cell (作业类型 例行维护, 病毒查杀) matches
	 * one of these record this activity: the sheet proves it. */
	struct rule_patterns rows;
	const struct rule_clause *clause; /* back pointer */
	const char *file;
	int line;
};

struct rule_clause {
	char *id;               /* "1".."71" or a site id like "obs-2025-1" */
	char *phase;            /* 要点, may be "" */
	char *text;             /* 条款 */
	char *proof;            /* 需提供证明材料 as in the form, may be "" */
	char *note;             /* deviation from the form, may be NULL */
	unsigned levels;        /* mask of EV_LEVEL_BIT() */
	size_t n_items;
	struct rule_item *items;
	const char *file;
	int line;
};

struct ruleset {
	size_t n_clauses;
	struct rule_clause *clauses;    /* in form order: numeric ids first */
	struct rule_patterns ignore;    /* [ignore] path patterns */
	/*
	 * Prefilters: one pattern that matches a subject when some item's
	 * name (title) pattern does, so that the many files that are no
	 * evidence cost one match instead of hundreds.  n is 0 when the
	 * union could not be built (a pattern uses back-references, ...):
	 * then every item is tried.
	 */
	struct rule_patterns any_name;
	struct rule_patterns any_title;
	/*
	 * Before the unions: the literals one of which any name (title)
	 * pattern needs (prefilter.h); NULL when some pattern needs none,
	 * or with EVIDENCED_NO_PREFILTER=1 (to compare).
	 */
	struct prefilter *name_prefilter;
	struct prefilter *title_prefilter;
	size_t n_files;
	char **files;                   /* every file loaded (owns the strings) */
	struct ruleset_priv *priv;      /* private to rules*.c (pattern codes) */
};

/* Free a ruleset and everything it owns.  NULL is fine. */
void ruleset_free(struct ruleset *rs);

/* Lookup by clause id; NULL when absent.  The pointer is owned by rs. */
const struct rule_clause *ruleset_find_clause(const struct ruleset *rs,
    const char *id);

/* Lookup of an item by clause and item id; NULL when absent. */
const struct rule_item *ruleset_find_item(const struct ruleset *rs,
    const char *clause_id, const char *item_id);

/* True when clause applies to applicant level (1..3). */
bool rule_clause_applies(const struct rule_clause *c, int level);

/*
 * The mutable scratch of matching (pcre2 match context with the match,
 * depth and heap limits, JIT stack, match data).  The ruleset stays
 * immutable and shareable; whoever matches owns a matcher (the scanner
 * has one).  NULL on ENOMEM.
 */
struct rule_matcher;
struct rule_matcher *rule_matcher_new(void);
void rule_matcher_free(struct rule_matcher *m);

/*
 * If relpath (share-relative, UTF-8) must never count as evidence (lock
 * file, recycle bin, ...), return true and set *why to the source of the
 * [ignore] pattern that matched (owned by rs).  Directory paths may be
 * tested too, so the walker can skip a whole .recycle tree.
 */
bool ruleset_is_ignored(const struct ruleset *rs, struct rule_matcher *m,
    const char *relpath, const char **why);

/* Layers: the pack defines clauses; site drop-ins add or override. */
enum rules_layer {
	RULES_LAYER_PACK = 0,
	RULES_LAYER_SITE = 1,
};

struct rules_compiler;

struct rules_compiler *rules_compiler_new(void);
void rules_compiler_free(struct rules_compiler *rc);

/*
 * Add a file, or a directory whose "*.rules" files are read in byte order
 * of their names (other files and dot-files are ignored).  Errors found
 * are recorded, not returned: the return value is 0, or a negative errno
 * when path itself cannot be read (also recorded as an error).
 */
int rules_compiler_add_path(struct rules_compiler *rc, const char *path,
    enum rules_layer layer);

/* Same for an in-memory buffer; name is used in messages (tests). */
int rules_compiler_add_string(struct rules_compiler *rc, const char *name,
    const char *text, enum rules_layer layer);

/*
 * Validate across files and build the ruleset.  0 and *out set (caller
 * owns it, free with ruleset_free), or -EINVAL when any error was
 * recorded (then *out is NULL).  Call at most once.
 */
int rules_compiler_finish(struct rules_compiler *rc, struct ruleset **out);

/* Diagnostics, "file:line: message" (owned by rc), in order found. */
size_t rules_compiler_error_count(const struct rules_compiler *rc);
const char *rules_compiler_error(const struct rules_compiler *rc, size_t i);
size_t rules_compiler_warning_count(const struct rules_compiler *rc);
const char *rules_compiler_warning(const struct rules_compiler *rc, size_t i);

/*
 * Pattern helpers shared with the classifier.  Match subject (UTF-8)
 * against one pattern with the JIT and the match and depth limits of the
 * matcher.  On a hit return 1 and the byte span of the
 * match in *start and *end (either may be NULL); 0 on no match; a negative
 * errno on error (-E2BIG when the match limit was hit: a pathological
 * pattern never hangs a scan).
 */
int rule_pattern_match(struct rule_matcher *m, const struct rule_pattern *p,
    const char *subject, size_t len, size_t *start, size_t *end);

/*
 * rule_pattern_match() of a subject that an earlier rule_pattern_match()
 * of it (same bytes, same length) answered 0 or 1: pcre2 then found it
 * valid UTF-8, and is not asked to check it again.  The same answers.
 */
int rule_pattern_match_checked(struct rule_matcher *m,
    const struct rule_pattern *p, const char *subject, size_t len,
    size_t *start, size_t *end);

/* What a negative rule_pattern_match() result means, for people: -E2BIG
 * is "match limit hit", not strerror's "Argument list too long". */
const char *rule_match_strerror(int err);

/*
 * The first pattern of a rule file whose match hit the match, depth or
 * heap limit since the last call, or NULL; the record is cleared.  Such a
 * match counted as no match, so the file's verdict may be wrong: the
 * scanner reports it among the file's problems.
 */
const struct rule_pattern *rule_matcher_take_limit(struct rule_matcher *m);

/* Index of the first pattern in ps that matches, or -1 (errors: -1). */
long rule_patterns_first_match(struct rule_matcher *m,
    const struct rule_patterns *ps, const char *subject, size_t len);
/* The same, for calls on one subject in turn: *valid (false at first)
 * says a match found it valid UTF-8 (rule_pattern_match_checked()). */
long rule_patterns_first_match_ex(struct rule_matcher *m,
    const struct rule_patterns *ps, const char *subject, size_t len,
    bool *valid);

#endif
