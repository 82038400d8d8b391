/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules.c - the rule compiler (INI rule files -> immutable struct ruleset)
 * and the pattern matching helpers shared with the classifier.
 *
 * Parsing: inih does the tokenising (comments, "key = value", inline ';'
 * comments, continuation lines), but it reads through our own ini_reader,
 * which sees every raw line first.  That is how we know line numbers, tell
 * a continuation line from a repeated key and refuse over-long lines that
 * inih would silently split in two.  The reader classifies each line the
 * way inih will (mirroring its "previous key" state) and feeds inih a
 * harmless stand-in for a line it rejected, so both stay in step; the
 * handler then only collects values.
 *
 * Compilation has two phases.  rules_compiler_add_*() parse each file into
 * sections of key occurrences and validate each value as soon as it is
 * complete (patterns are compiled then), so errors come out in file order.
 * rules_compiler_finish() merges the layers (pack first, then site
 * overrides), runs the cross-file checks and builds the ruleset.
 *
 * Matching: the ruleset is immutable and shared; the mutable scratch a
 * match needs (pcre2 match context with match, depth and heap limits, JIT
 * stack, match data) lives in a struct rule_matcher owned by whoever
 * matches (one per scanner; the compiler has its own).
 */

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <glib.h>
#include <ini.h>

#include "evidenced/log.h"
#include "evidenced/prefilter.h"
#include "evidenced/rules.h"

#define RULES_FILE_MAX          (4u << 20)      /* a rule file is small */
#define RULES_MATCH_LIMIT       1000000
#define RULES_DEPTH_LIMIT       10000
#define RULES_HEAP_LIMIT_KIB    65536
#define RULES_JIT_STACK_MIN     (32u << 10)
#define RULES_JIT_STACK_MAX     (1u << 20)
#define RULES_MIN_FILES_MAX     1000
#define RULES_MAX_AGE_DAYS_MAX  (100 * 365)
#define RULES_ID_MAX            64

/* ------------------------------------------------------------------ */
/* Type classes and kinds: named bits                                  */

struct bitname {
	unsigned bit;
	const char *name;
};

static const struct bitname typeclasses[] = {
	{ EV_TYPE_DOCUMENT, "document" },
	{ EV_TYPE_SPREADSHEET, "spreadsheet" },
	{ EV_TYPE_PRESENTATION, "presentation" },
	{ EV_TYPE_PDF, "pdf" },
	{ EV_TYPE_TEXT, "text" },
	{ EV_TYPE_IMAGE, "image" },
	{ EV_TYPE_OTHER, "other" },
};
#define N_TYPECLASSES (sizeof(typeclasses) / sizeof(typeclasses[0]))

static const struct bitname kindnames[] = {
	{ EV_KIND_PROCEDURE, "procedure" },
	{ EV_KIND_PLAN, "plan" },
	{ EV_KIND_RECORD, "record" },
	{ EV_KIND_AGREEMENT, "agreement" },
	{ EV_KIND_INVENTORY, "inventory" },
	{ EV_KIND_NOTICE, "notice" },
};
#define N_KINDS (sizeof(kindnames) / sizeof(kindnames[0]))

static const char *
bit_name(const struct bitname *t, size_t n, unsigned bit, const char *dflt)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].bit == bit)
			return t[i].name;
	return dflt;
}

static int
bit_parse(const struct bitname *t, size_t n, const char *name,
    unsigned *bit)
{
	size_t i;

	for (i = 0; name != NULL && i < n; i++) {
		if (strcmp(t[i].name, name) == 0) {
			if (bit != NULL)
				*bit = t[i].bit;
			return 0;
		}
	}
	return -EINVAL;
}

static char *
bit_mask_str(const struct bitname *t, size_t nt, unsigned mask, char *buf,
    size_t size)
{
	size_t i, off = 0, n;

	if (buf == NULL || size == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < nt; i++) {
		if (!(mask & t[i].bit))
			continue;
		n = strlen(t[i].name);
		/* Whole words only: a cut "presen" would mislead a report. */
		if (off + (off > 0) + n >= size)
			break;
		if (off > 0)
			buf[off++] = ' ';
		memcpy(buf + off, t[i].name, n + 1);
		off += n;
	}
	return buf;
}

const char *
ev_typeclass_name(unsigned cls)
{
	return bit_name(typeclasses, N_TYPECLASSES, cls, "other");
}

int
ev_typeclass_parse(const char *name, unsigned *cls)
{
	return bit_parse(typeclasses, N_TYPECLASSES, name, cls);
}

char *
ev_typeclass_mask_str(unsigned mask, char *buf, size_t size)
{
	return bit_mask_str(typeclasses, N_TYPECLASSES, mask, buf, size);
}

const char *
ev_kind_name(unsigned kind)
{
	return bit_name(kindnames, N_KINDS, kind, "unknown");
}

int
ev_kind_parse(const char *name, unsigned *kind)
{
	return bit_parse(kindnames, N_KINDS, name, kind);
}

char *
ev_kind_mask_str(unsigned mask, char *buf, size_t size)
{
	return bit_mask_str(kindnames, N_KINDS, mask, buf, size);
}

/* ------------------------------------------------------------------ */
/* Matcher: the scratch state of matching                             */

struct rule_matcher {
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	pcre2_match_data *md;
	const struct rule_pattern *limit;  /* first that hit a limit */
};

void
rule_matcher_free(struct rule_matcher *m)
{
	if (m == NULL)
		return;
	pcre2_match_data_free(m->md);
	pcre2_jit_stack_free(m->jit);
	pcre2_match_context_free(m->mctx);
	free(m);
}

struct rule_matcher *
rule_matcher_new(void)
{
	struct rule_matcher *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->mctx = pcre2_match_context_create(NULL);
	/* One pair: we only report the span of the whole match. */
	m->md = pcre2_match_data_create(1, NULL);
	if (m->mctx == NULL || m->md == NULL) {
		rule_matcher_free(m);
		return NULL;
	}
	pcre2_set_match_limit(m->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(m->mctx, RULES_HEAP_LIMIT_KIB);
	/* Without a JIT stack of our own pcre2 uses 32 KiB of machine stack. */
	m->jit = pcre2_jit_stack_create(RULES_JIT_STACK_MIN,
	    RULES_JIT_STACK_MAX, NULL);
	if (m->jit != NULL)
		pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
	return m;
}

int
rule_pattern_match(struct rule_matcher *e, const struct rule_pattern *p,
    const char *subject, size_t len, size_t *start, size_t *end)
{
	PCRE2_SIZE *ov;
	int rc;

	if (e == NULL || p == NULL || p->code == NULL ||
	    (subject == NULL && len > 0))
		return -EINVAL;
	if (subject == NULL)
		subject = "";
	/*
	 * No PCRE2_NO_UTF_CHECK: invalid UTF-8 with the check off is undefined
	 * behaviour in the JIT, and the check is cheap next to the match.
	 */
	rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0, 0, e->md,
	    e->mctx);
	if (rc >= 0) {
		ov = pcre2_get_ovector_pointer(e->md);
		if (start != NULL)
			*start = ov[0];
		if (end != NULL)
			*end = ov[1];
		return 1;
	}
	switch (rc) {
	case PCRE2_ERROR_NOMATCH:
	case PCRE2_ERROR_PARTIAL:
		return 0;
	case PCRE2_ERROR_MATCHLIMIT:
	case PCRE2_ERROR_DEPTHLIMIT:
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_JIT_STACKLIMIT:
		/* Kept for the file's problems.  Not a prefilter union (line
		 * 0): when one fails, every item is simply tried. */
		if (e->limit == NULL && p->line > 0)
			e->limit = p;
		return -E2BIG;
	case PCRE2_ERROR_NOMEMORY:
		return -ENOMEM;
	default:
		if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21)
			return -EILSEQ;
		return -EINVAL;
	}
}

const struct rule_pattern *
rule_matcher_take_limit(struct rule_matcher *m)
{
	const struct rule_pattern *p = m->limit;

	m->limit = NULL;
	return p;
}

const char *
rule_match_strerror(int err)
{
	switch (err) {
	case -E2BIG:
		return "match limit hit (pattern too costly on this text)";
	case -EILSEQ:
		return "subject is not valid UTF-8";
	default:
		return strerror(err < 0 ? -err : err);
	}
}

/* 1 when p matches; a failing pattern counts as no match (0), said in
 * the log. */
static int
match_or_warn(struct rule_matcher *m, const struct rule_pattern *p,
    const char *subject, size_t len)
{
	int rc = rule_pattern_match(m, p, subject, len, NULL, NULL);

	if (rc < 0)
		log_warnx("%s:%d: pattern '%s' not usable on a subject of %zu "
		    "bytes: %s", p->file, p->line, p->source, len,
		    rule_match_strerror(rc));
	return rc == 1;
}

long
rule_patterns_first_match(struct rule_matcher *m,
    const struct rule_patterns *ps, const char *subject, size_t len)
{
	size_t i;
	int rc;

	if (ps == NULL)
		return -1;
	for (i = 0; i < ps->n; i++) {
		rc = match_or_warn(m, &ps->v[i], subject, len);
		if (rc == 1)
			return (long)i;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* Keys and sections                                                   */

enum sec_kind {
	SEC_DEFAULTS = 1u << 0,
	SEC_IGNORE = 1u << 1,
	SEC_CLAUSE = 1u << 2,
	SEC_ITEM = 1u << 3,
	SEC_VOCAB = 1u << 4,    /* [vocab NAME]: shared alternatives */
};

enum key_kind {
	KK_PATTERN,     /* every line is one pattern; '+key' appends */
	KK_TEXT,        /* lines are joined */
	KK_VALUE,       /* lines are joined, then parsed */
	KK_TERMS,       /* every line is "a … b … c", compiled per item */
};

enum key_id {
	K_PHASE, K_TEXT, K_PROOF, K_LEVELS, K_NOTE, K_ENABLED,
	K_LABEL, K_NAME, K_TITLE, K_CONTENT_ALL, K_CONTENT_ANY, K_EXCLUDE,
	K_TYPES, K_MIN_FILES, K_MAX_AGE, K_PATH,
	K_KINDS, K_TERMS, K_TERMS_GAP, K_WORDS,
	K__COUNT
};

static const struct keydef {
	const char *name;
	enum key_kind kind;
	unsigned secs;
} keydefs[K__COUNT] = {
	[K_PHASE] = { "phase", KK_TEXT, SEC_CLAUSE },
	[K_TEXT] = { "text", KK_TEXT, SEC_CLAUSE },
	[K_PROOF] = { "proof", KK_TEXT, SEC_CLAUSE },
	[K_LEVELS] = { "levels", KK_VALUE, SEC_CLAUSE },
	[K_NOTE] = { "note", KK_TEXT, SEC_CLAUSE },
	[K_ENABLED] = { "enabled", KK_VALUE, SEC_CLAUSE | SEC_ITEM },
	[K_LABEL] = { "label", KK_TEXT, SEC_ITEM },
	[K_NAME] = { "name", KK_PATTERN, SEC_ITEM },
	[K_TITLE] = { "title", KK_PATTERN, SEC_ITEM },
	[K_CONTENT_ALL] = { "content_all", KK_PATTERN, SEC_ITEM },
	[K_CONTENT_ANY] = { "content_any", KK_PATTERN, SEC_ITEM },
	[K_EXCLUDE] = { "exclude", KK_PATTERN, SEC_ITEM | SEC_DEFAULTS },
	[K_TYPES] = { "types", KK_VALUE, SEC_ITEM | SEC_DEFAULTS },
	[K_MIN_FILES] = { "min_files", KK_VALUE, SEC_ITEM },
	[K_MAX_AGE] = { "max_age", KK_VALUE, SEC_ITEM },
	[K_PATH] = { "path", KK_PATTERN, SEC_IGNORE },
	[K_KINDS] = { "kinds", KK_VALUE, SEC_ITEM },
	[K_TERMS] = { "terms", KK_TERMS, SEC_ITEM },
	[K_TERMS_GAP] = { "terms_gap", KK_VALUE, SEC_ITEM | SEC_DEFAULTS },
	[K_WORDS] = { "words", KK_PATTERN, SEC_VOCAB },
};

/* Longest gap a terms_gap may allow: beyond it terms are no phrase. */
#define TERMS_GAP_MAX 200
/* The title region a title variant of `terms` is anchored in. */
#define TERMS_TITLE_REGION "^.{0,60}?"
/* Where a vocabulary is used in a pattern: {{NAME}}. */
#define VOCAB_OPEN "{{"
#define VOCAB_CLOSE "}}"

/* One physical value line. */
struct vline {
	char *s;
	int line;
};

/* One occurrence of a key in a section, with its parsed value. */
struct kv {
	enum key_id key;
	bool append;            /* written as '+key' */
	bool ok;                /* value parsed without error */
	bool adopted;           /* pattern codes now owned by a ruleset */
	bool broken;            /* its key line was rejected (too long ...) */
	const char *file;       /* owned by the compiler, later the ruleset */
	int line;
	struct vline *lines;
	size_t n_lines;
	struct rule_patterns pats;      /* KK_PATTERN; codes owned here */
	struct rule_patterns tpats;     /* KK_TERMS: the title variants */
	char *text;                     /* KK_TEXT */
	unsigned mask;                  /* levels, types */
	unsigned num;                   /* min_files */
	long age;                       /* max_age, seconds */
	bool enabled;
};

struct section {
	enum sec_kind kind;
	enum rules_layer layer;
	char *clause_id;
	char *item_id;          /* SEC_VOCAB: the vocabulary's name */
	const char *file;
	int line;
	struct kv **kvs;
	size_t n_kvs;
};

struct strvec {
	char **v;
	size_t n;
};

struct rules_compiler {
	struct strvec errors;
	struct strvec warnings;
	char **files;           /* moved into the ruleset by finish() */
	size_t n_files;
	struct section **secs;
	size_t n_secs;
	/* "kind/layer/clause/item" -> first such section (owns the keys):
	 * duplicate checks in O(1), not a walk over every section. */
	GHashTable *sec_index;
	bool finished;
	bool oom;
	struct rule_matcher *matcher;   /* for checks at compile time */
	bool no_jit;                    /* $EVIDENCED_NO_JIT, read once */
	/* vocabulary name -> "(?:a|b|c)" (both owned), defined so far */
	GHashTable *vocab;
};

struct ruleset_priv {
	pcre2_code **codes;     /* every compiled pattern, shared by items */
	size_t n_codes;
	/* The [ignore] patterns' literals: every file and directory is
	 * asked, and almost none holds one.  NULL: none, or
	 * EVIDENCED_NO_PREFILTER. */
	struct prefilter *ignore_pf;
};

/*
 * Grow *v (of *n elements of size sz) by one zeroed element.  The
 * capacity is implied by *n: the array is reallocated only when *n is 0
 * or a power of two, to twice that, so n pushes cost O(n) copies, not
 * O(n^2) (a 33,000-item rule file has 36,000 sections).  Lowering *n
 * (a key replaced by a drop-in) keeps the capacity, which stays enough.
 */
static void *
vec_push(void *vp, size_t *n, size_t sz)
{
	void **v = vp;
	char *nv = *v;

	if (*n == 0 || (*n & (*n - 1)) == 0) {
		if ((nv = reallocarray(*v, *n == 0 ? 1 : *n * 2, sz)) == NULL)
			return NULL;
		*v = nv;
	}
	memset(nv + *n * sz, 0, sz);
	return nv + (*n)++ * sz;
}

static void diag_add(struct rules_compiler *, struct strvec *, const char *,
    int, const char *, ...) __attribute__((format(printf, 5, 6)));

/* Record "file:line: message", or "file: message" when line is 0. */
static void
diag_add(struct rules_compiler *rc, struct strvec *sv, const char *file,
    int line, const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL, *full = NULL, **slot;
	int r;

	va_start(ap, fmt);
	r = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (r < 0) {
		msg = NULL;
		goto fail;
	}
	if (line > 0)
		r = asprintf(&full, "%s:%d: %s", file, line, msg);
	else
		r = asprintf(&full, "%s: %s", file, msg);
	if (r < 0) {
		full = NULL;
		goto fail;
	}
	if ((slot = vec_push(&sv->v, &sv->n, sizeof(*sv->v))) == NULL)
		goto fail;
	*slot = full;
	free(msg);
	return;
fail:
	rc->oom = true;
	free(msg);
	free(full);
}

#define ERR(rc, file, line, ...) \
	diag_add((rc), &(rc)->errors, (file), (line), __VA_ARGS__)
#define WARN(rc, file, line, ...) \
	diag_add((rc), &(rc)->warnings, (file), (line), __VA_ARGS__)

static void
patterns_free(struct rule_patterns *ps, bool free_codes)
{
	size_t i;

	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].source);
		if (free_codes)
			pcre2_code_free(ps->v[i].code);
	}
	free(ps->v);
	ps->v = NULL;
	ps->n = 0;
}

static void
kv_free(struct kv *kv)
{
	size_t i;

	if (kv == NULL)
		return;
	for (i = 0; i < kv->n_lines; i++)
		free(kv->lines[i].s);
	free(kv->lines);
	patterns_free(&kv->pats, !kv->adopted);
	patterns_free(&kv->tpats, !kv->adopted);
	free(kv->text);
	free(kv);
}

static void
section_free(struct section *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n_kvs; i++)
		kv_free(s->kvs[i]);
	free(s->kvs);
	free(s->clause_id);
	free(s->item_id);
	free(s);
}

static void
strvec_free(struct strvec *sv)
{
	size_t i;

	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	sv->v = NULL;
	sv->n = 0;
}

struct rules_compiler *
rules_compiler_new(void)
{
	struct rules_compiler *rc;
	const char *env;

	if ((rc = calloc(1, sizeof(*rc))) == NULL)
		return NULL;
	if ((rc->matcher = rule_matcher_new()) == NULL) {
		free(rc);
		return NULL;
	}
	rc->sec_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	rc->vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	env = getenv("EVIDENCED_NO_JIT");
	rc->no_jit = env != NULL && env[0] != '\0' && strcmp(env, "0") != 0;
	return rc;
}

void
rules_compiler_free(struct rules_compiler *rc)
{
	size_t i;

	if (rc == NULL)
		return;
	strvec_free(&rc->errors);
	strvec_free(&rc->warnings);
	for (i = 0; i < rc->n_files; i++)
		free(rc->files[i]);
	free(rc->files);
	for (i = 0; i < rc->n_secs; i++)
		section_free(rc->secs[i]);
	free(rc->secs);
	if (rc->sec_index != NULL)
		g_hash_table_destroy(rc->sec_index);
	if (rc->vocab != NULL)
		g_hash_table_destroy(rc->vocab);
	rule_matcher_free(rc->matcher);
	free(rc);
}

size_t
rules_compiler_error_count(const struct rules_compiler *rc)
{
	return rc != NULL ? rc->errors.n : 0;
}

const char *
rules_compiler_error(const struct rules_compiler *rc, size_t i)
{
	return rc != NULL && i < rc->errors.n ? rc->errors.v[i] : NULL;
}

size_t
rules_compiler_warning_count(const struct rules_compiler *rc)
{
	return rc != NULL ? rc->warnings.n : 0;
}

const char *
rules_compiler_warning(const struct rules_compiler *rc, size_t i)
{
	return rc != NULL && i < rc->warnings.n ? rc->warnings.v[i] : NULL;
}

/* ------------------------------------------------------------------ */
/* Value parsing                                                       */

/* inih's isspace() in the C locale, independent of setlocale(). */
static bool
is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

static bool
is_alnum_ascii(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/*
 * Join the value lines: a space only between two ASCII alphanumerics, so
 * "word" + "word" stays two words while Chinese lines join directly.
 */
static char *
kv_join(const struct kv *kv)
{
	size_t i, total = 1, o = 0, n;
	char *out;

	for (i = 0; i < kv->n_lines; i++)
		total += strlen(kv->lines[i].s) + 1;
	if ((out = malloc(total)) == NULL)
		return NULL;
	for (i = 0; i < kv->n_lines; i++) {
		n = strlen(kv->lines[i].s);
		if (n == 0)
			continue;
		if (o > 0 && is_alnum_ascii((unsigned char)out[o - 1]) &&
		    is_alnum_ascii((unsigned char)kv->lines[i].s[0]))
			out[o++] = ' ';
		memcpy(out + o, kv->lines[i].s, n);
		o += n;
	}
	out[o] = '\0';
	return out;
}

/*
 * Replace every {{NAME}} in src by the vocabulary's alternatives.  NULL
 * and an error recorded when a name is not defined (yet: a vocabulary is
 * defined before it is used, in an earlier file or section).
 */
static char *
expand_vocab(struct rules_compiler *rc, const struct kv *kv,
    const struct vline *vl)
{
	GString *out = g_string_new(NULL);
	const char *s = vl->s, *open, *close, *alts;
	char *name;

	while ((open = strstr(s, VOCAB_OPEN)) != NULL &&
	    (close = strstr(open + 2, VOCAB_CLOSE)) != NULL) {
		g_string_append_len(out, s, open - s);
		name = g_strndup(open + 2, (gsize)(close - open - 2));
		g_strstrip(name);
		alts = g_hash_table_lookup(rc->vocab, name);
		if (alts == NULL) {
			ERR(rc, kv->file, vl->line, "unknown vocabulary '%s' "
			    "in '%s': define [vocab %s] before using it",
			    name, keydefs[kv->key].name, name);
			g_free(name);
			g_string_free(out, TRUE);
			return NULL;
		}
		g_free(name);
		g_string_append(out, alts);
		s = close + 2;
	}
	g_string_append(out, s);
	return g_string_free(out, FALSE);
}

static int
compile_into(struct rules_compiler *rc, struct kv *kv,
    struct rule_patterns *ps, const struct vline *vl);

static int
compile_pattern(struct rules_compiler *rc, struct kv *kv,
    const struct vline *vl)
{
	struct vline ex = { NULL, vl->line };
	int r;

	if ((ex.s = expand_vocab(rc, kv, vl)) == NULL)
		return -EINVAL;
	r = compile_into(rc, kv, &kv->pats, &ex);
	g_free(ex.s);
	return r;
}

/* Compile vl->s (already expanded) and push it onto ps. */
static int
compile_into(struct rules_compiler *rc, struct kv *kv,
    struct rule_patterns *ps, const struct vline *vl)
{
	struct rule_pattern *p;
	pcre2_code *code;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int err, r;

	code = pcre2_compile((PCRE2_SPTR)vl->s, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_CASELESS, &err, &off, NULL);
	if (code == NULL) {
		if (pcre2_get_error_message(err, msg, sizeof(msg)) < 0)
			snprintf((char *)msg, sizeof(msg), "error %d", err);
		ERR(rc, kv->file, vl->line, "bad pattern in '%s': %s at "
		    "offset %zu", keydefs[kv->key].name, (char *)msg,
		    (size_t)off);
		return -EINVAL;
	}
	/*
	 * JIT failure (no JIT on this CPU, no memory) leaves the interpreter.
	 * EVIDENCED_NO_JIT=1 skips the JIT on purpose: its SIMD loads read a
	 * few bytes past the subject inside the same heap block, harmless
	 * but reported by valgrind (pcre2 itself is built without valgrind
	 * support on Debian).
	 */
	if (!rc->no_jit)
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	if ((p = vec_push(&ps->v, &ps->n, sizeof(*p))) == NULL ||
	    (p->source = strdup(vl->s)) == NULL) {
		if (p != NULL)
			ps->n--;
		pcre2_code_free(code);
		rc->oom = true;
		return -ENOMEM;
	}
	p->code = code;
	p->file = kv->file;
	p->line = vl->line;
	/*
	 * A pattern that matches the empty string matches every file: one
	 * stray '|' would show every clause as covered.
	 */
	r = rule_pattern_match(rc->matcher, p, "", 0, NULL, NULL);
	if (r == 1) {
		ERR(rc, kv->file, vl->line, "pattern '%s' in '%s' matches the "
		    "empty string, so it would match everything",
		    vl->s, keydefs[kv->key].name);
		return -EINVAL;
	}
	return 0;
}

/* Split s in place at spaces, tabs and commas; returns the next token. */
static char *
next_token(char **sp)
{
	char *s = *sp, *t;

	while (*s == ',' || is_ws((unsigned char)*s))
		s++;
	if (*s == '\0') {
		*sp = s;
		return NULL;
	}
	t = s;
	while (*s != '\0' && *s != ',' && !is_ws((unsigned char)*s))
		s++;
	if (*s != '\0')
		*s++ = '\0';
	*sp = s;
	return t;
}

static int
parse_levels(struct rules_compiler *rc, struct kv *kv, char *v)
{
	char *tok, *cur = v;
	unsigned mask = 0;
	int ret = 0;

	while ((tok = next_token(&cur)) != NULL) {
		if (tok[0] < '0' + EV_LEVEL_MIN || tok[0] > '0' + EV_LEVEL_MAX ||
		    tok[1] != '\0') {
			ERR(rc, kv->file, kv->line, "bad level '%s' in 'levels': "
			    "expected 1, 2 or 3, separated by spaces or commas",
			    tok);
			ret = -EINVAL;
			continue;
		}
		mask |= EV_LEVEL_BIT(tok[0] - '0');
	}
	if (ret == 0 && mask == 0) {
		ERR(rc, kv->file, kv->line, "empty 'levels': give the applicant "
		    "levels the clause applies to, e.g. '1 2'");
		ret = -EINVAL;
	}
	kv->mask = mask;
	return ret;
}

static int
parse_types(struct rules_compiler *rc, struct kv *kv, char *v)
{
	char *tok, *cur = v;
	unsigned mask = 0, cls;
	int ret = 0;

	while ((tok = next_token(&cur)) != NULL) {
		if (ev_typeclass_parse(tok, &cls) < 0 || cls == EV_TYPE_OTHER) {
			ERR(rc, kv->file, kv->line, "bad type '%s' in 'types': "
			    "expected document, spreadsheet, presentation, pdf, "
			    "text or image", tok);
			ret = -EINVAL;
			continue;
		}
		mask |= cls;
	}
	if (ret == 0 && mask == 0) {
		ERR(rc, kv->file, kv->line, "empty 'types': give one or more of "
		    "document, spreadsheet, presentation, pdf, text, image");
		ret = -EINVAL;
	}
	kv->mask = mask;
	return ret;
}

static int
parse_kinds(struct rules_compiler *rc, struct kv *kv, char *v)
{
	char *tok, *cur = v;
	unsigned mask = 0, k;
	int ret = 0;

	while ((tok = next_token(&cur)) != NULL) {
		if (ev_kind_parse(tok, &k) < 0) {
			ERR(rc, kv->file, kv->line, "bad kind '%s' in 'kinds': "
			    "expected procedure, plan, record, agreement, "
			    "inventory or notice", tok);
			ret = -EINVAL;
			continue;
		}
		mask |= k;
	}
	if (ret == 0 && mask == 0) {
		ERR(rc, kv->file, kv->line, "empty 'kinds': give one or more of "
		    "procedure, plan, record, agreement, inventory, notice");
		ret = -EINVAL;
	}
	kv->mask = mask;
	return ret;
}

/*
 * The terms of one `terms` line: "监控 … 分析 … 报告" (or "..." between
 * them).  A new NULL-terminated vector (g_strfreev), NULL when a term is
 * empty or there are fewer than two (one term is a `name`).
 */
static char **
split_terms(const char *line)
{
	GPtrArray *a = g_ptr_array_new_with_free_func(g_free);
	const char *s = line, *sep, *e1, *e2;
	char *t;
	bool ok = true;

	for (;;) {
		e1 = strstr(s, "\u2026");
		e2 = strstr(s, "...");
		sep = e1 == NULL ? e2 : e2 == NULL ? e1 : e1 < e2 ? e1 : e2;
		t = g_strstrip(g_strndup(s, sep != NULL ? (gsize)(sep - s) :
		    strlen(s)));
		if (t[0] == '\0')
			ok = false;
		g_ptr_array_add(a, t);
		if (sep == NULL)
			break;
		s = sep + (sep == e1 ? strlen("\u2026") : 3);
	}
	if (!ok || a->len < 2) {
		g_ptr_array_free(a, TRUE);
		return NULL;
	}
	g_ptr_array_add(a, NULL);
	return (char **)g_ptr_array_free(a, FALSE);
}

/* Digits only, no sign, no overflow beyond max. */
static int
parse_uint(const char *s, const char **endp, unsigned long max,
    unsigned long *out)
{
	unsigned long v = 0;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -EINVAL;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (unsigned long)(*p - '0');
		if (v > max)
			return -ERANGE;
	}
	*endp = p;
	*out = v;
	return 0;
}

static int
parse_min_files(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	unsigned long n;
	const char *end;

	if (parse_uint(v, &end, RULES_MIN_FILES_MAX, &n) < 0 || *end != '\0' ||
	    n < 1) {
		ERR(rc, kv->file, kv->line, "bad min_files '%s': expected a "
		    "number from 1 to %d", v, RULES_MIN_FILES_MAX);
		return -EINVAL;
	}
	kv->num = (unsigned)n;
	return 0;
}

static int
parse_max_age(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	unsigned long n, mult;
	const char *end;

	if (parse_uint(v, &end, RULES_MAX_AGE_DAYS_MAX, &n) < 0 || n < 1)
		goto bad;
	switch (*end) {
	case 'd':
		mult = 1;
		break;
	case 'w':
		mult = 7;
		break;
	case 'm':
		mult = 30;
		break;
	case 'y':
		mult = 365;
		break;
	default:
		goto bad;
	}
	if (end[1] != '\0' || n * mult > RULES_MAX_AGE_DAYS_MAX)
		goto bad;
	kv->age = (long)(n * mult) * 86400L;
	return 0;
bad:
	ERR(rc, kv->file, kv->line, "bad max_age '%s': expected a positive "
	    "number and a unit d, w, m (30 days) or y (365 days), e.g. '1y', "
	    "at most 100 years", v);
	return -EINVAL;
}

static int
parse_enabled(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0) {
		kv->enabled = true;
		return 0;
	}
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0) {
		kv->enabled = false;
		return 0;
	}
	ERR(rc, kv->file, kv->line, "bad enabled '%s': expected yes or no", v);
	return -EINVAL;
}

/* The key's lines are complete: parse and validate its value. */
static void
kv_finalize(struct rules_compiler *rc, struct kv *kv, enum rules_layer layer)
{
	const struct keydef *kd = &keydefs[kv->key];
	size_t i, n_nonempty = 0;
	int bad = 0;
	char *v = NULL;

	/* Still "present", so no follow-up "has no 'text'" error. */
	if (kv->broken) {
		kv->ok = false;
		return;
	}
	if (kd->kind == KK_TERMS) {
		/* Compiled per item once its terms_gap is known (merge). */
		for (i = 0; i < kv->n_lines; i++) {
			char **terms;

			if (kv->lines[i].s[0] == '\0')
				continue;
			n_nonempty++;
			if ((terms = split_terms(kv->lines[i].s)) == NULL) {
				ERR(rc, kv->file, kv->lines[i].line, "bad terms "
				    "'%s': give two or more terms separated "
				    "by '…' or '...'", kv->lines[i].s);
				bad = 1;
			}
			g_strfreev(terms);
		}
		if (n_nonempty == 0 && (layer == RULES_LAYER_PACK ||
		    kv->append)) {
			ERR(rc, kv->file, kv->line, "empty value for '%s%s'",
			    kv->append ? "+" : "", kd->name);
			bad = 1;
		}
		kv->ok = !bad;
		return;
	}
	if (kd->kind == KK_PATTERN) {
		for (i = 0; i < kv->n_lines; i++) {
			if (kv->lines[i].s[0] == '\0')
				continue;
			n_nonempty++;
			if (compile_pattern(rc, kv, &kv->lines[i]) < 0)
				bad = 1;
		}
		/* In a drop-in, "key =" clears the pack's patterns. */
		if (n_nonempty == 0 && (layer == RULES_LAYER_PACK ||
		    kv->append)) {
			ERR(rc, kv->file, kv->line, "empty value for '%s%s'",
			    kv->append ? "+" : "", kd->name);
			bad = 1;
		}
		kv->ok = !bad;
		return;
	}
	if ((v = kv_join(kv)) == NULL) {
		rc->oom = true;
		return;
	}
	switch (kv->key) {
	case K_TEXT:
	case K_LABEL:
		if (v[0] == '\0') {
			ERR(rc, kv->file, kv->line, "empty value for '%s'",
			    kd->name);
			bad = 1;
		}
		break;
	case K_LEVELS:
		bad = parse_levels(rc, kv, v) < 0;
		break;
	case K_TYPES:
		bad = parse_types(rc, kv, v) < 0;
		break;
	case K_MIN_FILES:
		bad = parse_min_files(rc, kv, v) < 0;
		break;
	case K_MAX_AGE:
		bad = parse_max_age(rc, kv, v) < 0;
		break;
	case K_ENABLED:
		bad = parse_enabled(rc, kv, v) < 0;
		break;
	case K_KINDS:
		bad = parse_kinds(rc, kv, v) < 0;
		break;
	case K_TERMS_GAP: {
		const char *end = v;
		unsigned long n = 0;

		if (parse_uint(v, &end, TERMS_GAP_MAX, &n) < 0 ||
		    *end != '\0') {
			ERR(rc, kv->file, kv->line, "bad terms_gap '%s': "
			    "expected characters between two terms, 0-%d", v,
			    TERMS_GAP_MAX);
			bad = 1;
		}
		kv->num = (unsigned)n;
		break;
	}
	default:
		break;
	}
	if (kd->kind == KK_TEXT) {
		kv->text = v;
		v = NULL;
	}
	free(v);
	kv->ok = !bad;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

enum line_kind {
	LK_NONE,        /* the handler must ignore inih's call */
	LK_KEY,
	LK_CONT,
};

struct parser {
	struct rules_compiler *rc;
	const char *file;       /* owned by rc */
	enum rules_layer layer;
	const char *buf;
	size_t len;
	size_t pos;
	int lineno;
	enum line_kind kind;    /* of the line inih is processing */
	bool prev_name;         /* mirror of inih's prev_name[0] != '\0' */
	bool bad_section;       /* header was reported: ignore its keys */
	struct section *sec;
	struct kv *kv;          /* value being collected, NULL: ignore */
};

/* inih's find_chars_or_comment() with inline ';' comments on. */
static const char *
find_chars_or_comment(const char *s, const char *chars)
{
	int was_space = 0;

	while (*s != '\0' && (chars == NULL || strchr(chars, *s) == NULL) &&
	    !(was_space && *s == ';')) {
		was_space = is_ws((unsigned char)*s);
		s++;
	}
	return s;
}

/* Optimal string alignment distance, for "did you mean" hints. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d[24][24], c, m;

	if (la >= 24 || lb >= 24)
		return SIZE_MAX;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			c = a[i - 1] != b[j - 1];
			m = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < m)
				m = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + c < m)
				m = d[i - 1][j - 1] + c;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < m)
				m = d[i - 2][j - 2] + 1;
			d[i][j] = m;
		}
	}
	return d[la][lb];
}

static const char *
sec_kind_name(enum sec_kind k)
{
	switch (k) {
	case SEC_DEFAULTS:
		return "[defaults]";
	case SEC_IGNORE:
		return "[ignore]";
	case SEC_CLAUSE:
		return "a clause section [ID]";
	case SEC_VOCAB:
		return "a vocabulary [vocab NAME]";
	default:
		return "an item section [ID/ITEM]";
	}
}

static void
report_unknown_key(struct parser *p, const char *name)
{
	const char *best = NULL;
	size_t i, d, bestd = SIZE_MAX;
	int where = -1;

	for (i = 0; i < K__COUNT; i++) {
		if (strcmp(keydefs[i].name, name) == 0)
			where = (int)i;
		if (!(keydefs[i].secs & p->sec->kind))
			continue;
		d = edit_distance(name, keydefs[i].name);
		if (d < bestd) {
			bestd = d;
			best = keydefs[i].name;
		}
	}
	if (where >= 0) {
		ERR(p->rc, p->file, p->lineno, "key '%s' is not allowed in %s",
		    name, sec_kind_name(p->sec->kind));
	} else if (best != NULL && bestd <= (strlen(name) >= 4 ? 2u : 1u)) {
		ERR(p->rc, p->file, p->lineno, "unknown key '%s' (did you mean "
		    "'%s'?)", name, best);
	} else {
		ERR(p->rc, p->file, p->lineno, "unknown key '%s'", name);
	}
}

static void
add_value_line(struct parser *p, const char *value)
{
	struct vline *vl;

	if ((vl = vec_push(&p->kv->lines, &p->kv->n_lines,
	    sizeof(*vl))) == NULL || (vl->s = strdup(value)) == NULL) {
		if (vl != NULL)
			p->kv->n_lines--;
		p->rc->oom = true;
		return;
	}
	vl->line = p->lineno;
}

static void
begin_key(struct parser *p, const char *name, const char *value)
{
	struct kv *kv, **slot;
	bool append = name[0] == '+';
	const char *base = name + append;
	size_t i;
	int key = -1;

	p->kv = NULL;
	if (p->sec == NULL) {
		if (!p->bad_section)
			ERR(p->rc, p->file, p->lineno, "key '%s' outside of any "
			    "section: start with [defaults], [ignore], [ID] or "
			    "[ID/ITEM]", name);
		return;
	}
	if (base[0] == '\0') {
		ERR(p->rc, p->file, p->lineno, "missing key name before '='");
		return;
	}
	for (i = 0; i < K__COUNT; i++)
		if (strcmp(keydefs[i].name, base) == 0 &&
		    (keydefs[i].secs & p->sec->kind))
			key = (int)i;
	if (key < 0) {
		report_unknown_key(p, base);
		return;
	}
	if (append && p->layer == RULES_LAYER_PACK) {
		ERR(p->rc, p->file, p->lineno, "'+%s' is only allowed in a site "
		    "drop-in: in the pack write '%s ='", base, base);
		return;
	}
	if (append && keydefs[key].kind != KK_PATTERN &&
	    keydefs[key].kind != KK_TERMS) {
		ERR(p->rc, p->file, p->lineno, "'+%s': only pattern keys (name, "
		    "title, terms, content_all, content_any, exclude, path) can "
		    "be appended to", base);
		return;
	}
	for (i = 0; i < p->sec->n_kvs; i++) {
		if (p->sec->kvs[i]->key == (enum key_id)key) {
			ERR(p->rc, p->file, p->lineno, "duplicate key '%s' "
			    "(first at line %d); to continue a value, indent "
			    "the line", base, p->sec->kvs[i]->line);
			return;
		}
	}
	if ((kv = calloc(1, sizeof(*kv))) == NULL)
		goto oom;
	if ((slot = vec_push(&p->sec->kvs, &p->sec->n_kvs,
	    sizeof(*slot))) == NULL) {
		free(kv);
		goto oom;
	}
	*slot = kv;
	kv->key = (enum key_id)key;
	kv->append = append;
	kv->enabled = true;
	kv->file = p->file;
	kv->line = p->lineno;
	p->kv = kv;
	add_value_line(p, value);
	return;
oom:
	p->rc->oom = true;
}

/* A vocabulary's words are complete: "(?:w1|w2|...)" under its name. */
static void
vocab_define(struct rules_compiler *rc, const struct section *sec,
    const struct kv *kv)
{
	GString *alts;
	size_t i;

	if (!kv->ok || kv->pats.n == 0 ||
	    g_hash_table_contains(rc->vocab, sec->item_id))
		return;
	alts = g_string_new("(?:");
	for (i = 0; i < kv->pats.n; i++) {
		if (i > 0)
			g_string_append_c(alts, '|');
		g_string_append(alts, kv->pats.v[i].source);
	}
	g_string_append_c(alts, ')');
	g_hash_table_insert(rc->vocab, g_strdup(sec->item_id),
	    g_string_free(alts, FALSE));
}

static void
finalize_kv(struct parser *p)
{
	if (p->kv != NULL) {
		kv_finalize(p->rc, p->kv, p->layer);
		if (p->sec != NULL && p->sec->kind == SEC_VOCAB)
			vocab_define(p->rc, p->sec, p->kv);
	}
	p->kv = NULL;
}

static int
ini_on_value(void *user, const char *section, const char *name,
    const char *value)
{
	struct parser *p = user;

	(void)section;
	char *v, *end;

	if (p->kind == LK_KEY) {
		begin_key(p, name, value);
	} else if (p->kind == LK_CONT && p->kv != NULL) {
		/*
		 * inih 55 keeps inline comments on continuation lines; the
		 * format says " ;" starts a comment everywhere, and a pattern
		 * with a comment glued on would silently never match.
		 */
		if ((v = strdup(value)) == NULL) {
			p->rc->oom = true;
			return 1;
		}
		end = v + (find_chars_or_comment(v, NULL) - v);
		while (end > v && is_ws((unsigned char)end[-1]))
			end--;
		*end = '\0';
		add_value_line(p, v);
		free(v);
	}
	/* Always "success": we record errors ourselves, with their lines. */
	return 1;
}

static bool
valid_id(const char *s, bool clause)
{
	const char *c;

	if (s[0] == '\0' || strlen(s) > RULES_ID_MAX)
		return false;
	if (clause && !is_alnum_ascii((unsigned char)s[0]))
		return false;
	for (c = s; *c != '\0'; c++)
		if (!is_alnum_ascii((unsigned char)*c) && *c != '.' &&
		    *c != '_' && *c != '-')
			return false;
	return true;
}

static bool
is_numeric_id(const char *s)
{
	return s[0] != '\0' && strspn(s, "0123456789") == strlen(s);
}

/* Key of a section in sec_index (ids never hold '/'); g_free() it. */
static char *
section_key(enum sec_kind kind, enum rules_layer layer, const char *cid,
    const char *iid)
{
	return g_strdup_printf("%d/%d/%s/%s", (int)kind, (int)layer,
	    cid != NULL ? cid : "", iid != NULL ? iid : "");
}

/* The first section of this kind, layer and ids, or NULL. */
static struct section *
find_pack_section(struct rules_compiler *rc, enum sec_kind kind,
    enum rules_layer layer, const char *cid, const char *iid)
{
	char *key = section_key(kind, layer, cid, iid);
	struct section *s = g_hash_table_lookup(rc->sec_index, key);

	g_free(key);
	return s;
}

/* A "[...]" line; name is the text between the brackets (modifiable). */
static void
begin_section(struct parser *p, char *name)
{
	struct rules_compiler *rc = p->rc;
	struct section *s = NULL, *prev, **slot;
	enum sec_kind kind;
	char *slash, *cid = NULL, *iid = NULL, *key;

	p->sec = NULL;
	p->bad_section = true;
	if (strcmp(name, "defaults") == 0) {
		kind = SEC_DEFAULTS;
	} else if (strcmp(name, "ignore") == 0) {
		kind = SEC_IGNORE;
	} else if (strncmp(name, "vocab ", 6) == 0) {
		kind = SEC_VOCAB;
		iid = g_strstrip(name + 6);
		if (iid[0] == '\0' || strpbrk(iid, "{}/ \t") != NULL) {
			ERR(rc, p->file, p->lineno, "bad vocabulary name in "
			    "'[%s]': give [vocab NAME], NAME without spaces, "
			    "braces or '/'", name);
			return;
		}
		if (g_hash_table_contains(rc->vocab, iid)) {
			ERR(rc, p->file, p->lineno, "duplicate vocabulary "
			    "'%s'", iid);
			return;
		}
	} else if (strcasecmp(name, "defaults") == 0 ||
	    strcasecmp(name, "ignore") == 0) {
		ERR(rc, p->file, p->lineno, "unknown section '[%s]' (did you "
		    "mean '[%s]'?)", name,
		    strcasecmp(name, "ignore") == 0 ? "ignore" : "defaults");
		return;
	} else {
		slash = strchr(name, '/');
		if (name[0] == '\0' || (slash != NULL &&
		    strchr(slash + 1, '/') != NULL)) {
			ERR(rc, p->file, p->lineno, "unknown section '[%s]': "
			    "expected [defaults], [ignore], [ID] or [ID/ITEM]",
			    name);
			return;
		}
		if (slash != NULL)
			*slash = '\0';
		kind = slash != NULL ? SEC_ITEM : SEC_CLAUSE;
		if (!valid_id(name, true)) {
			ERR(rc, p->file, p->lineno, "invalid clause id '%s': "
			    "use letters, digits, '.', '_' and '-', starting "
			    "with a letter or digit", name);
			return;
		}
		if (is_numeric_id(name) && name[0] == '0') {
			ERR(rc, p->file, p->lineno, "invalid clause id '%s': "
			    "no leading zeros", name);
			return;
		}
		if (slash != NULL && !valid_id(slash + 1, false)) {
			ERR(rc, p->file, p->lineno, "invalid item id '%s': use "
			    "letters, digits, '.', '_' and '-'", slash + 1);
			return;
		}
		cid = name;
		iid = slash != NULL ? slash + 1 : NULL;
	}

	if (kind == SEC_DEFAULTS && (prev = find_pack_section(rc, kind,
	    p->layer, NULL, NULL)) != NULL) {
		ERR(rc, p->file, p->lineno, "duplicate [defaults] section in "
		    "the %s (first at %s:%d)", p->layer == RULES_LAYER_PACK ?
		    "pack" : "site drop-ins", prev->file, prev->line);
		return;
	}
	if (p->layer == RULES_LAYER_PACK && (kind == SEC_CLAUSE ||
	    kind == SEC_ITEM) && (prev = find_pack_section(rc, kind,
	    RULES_LAYER_PACK, cid, iid)) != NULL) {
		if (kind == SEC_CLAUSE)
			ERR(rc, p->file, p->lineno, "duplicate clause %s (first "
			    "defined at %s:%d)", cid, prev->file, prev->line);
		else
			ERR(rc, p->file, p->lineno, "duplicate item %s/%s "
			    "(first defined at %s:%d)", cid, iid, prev->file,
			    prev->line);
		return;
	}

	if ((s = calloc(1, sizeof(*s))) == NULL ||
	    (cid != NULL && (s->clause_id = strdup(cid)) == NULL) ||
	    (iid != NULL && (s->item_id = strdup(iid)) == NULL) ||
	    (slot = vec_push(&rc->secs, &rc->n_secs, sizeof(*slot))) == NULL) {
		section_free(s);
		rc->oom = true;
		return;
	}
	*slot = s;
	s->kind = kind;
	s->layer = p->layer;
	s->file = p->file;
	s->line = p->lineno;
	key = section_key(kind, p->layer, cid, iid);
	if (g_hash_table_contains(rc->sec_index, key))
		g_free(key);
	else
		g_hash_table_insert(rc->sec_index, key, s);
	p->sec = s;
	p->bad_section = false;
}

/* A continuation line that reads "levels = 1 2" is a mis-indented key. */
static void
check_cont_looks_like_key(struct parser *p, const char *st)
{
	size_t i, n;

	if (*st == '+')
		st++;
	n = strspn(st, "abcdefghijklmnopqrstuvwxyz_");
	if (n == 0)
		return;
	for (i = 0; i < K__COUNT; i++) {
		if (strlen(keydefs[i].name) == n &&
		    strncmp(keydefs[i].name, st, n) == 0)
			break;
	}
	if (i == K__COUNT)
		return;
	st += n;
	while (is_ws((unsigned char)*st))
		st++;
	if (*st == '=')
		WARN(p->rc, p->file, p->lineno, "indented line looks like key "
		    "'%s' but continues the previous value: keys must start "
		    "in column 1", keydefs[i].name);
}

/*
 * Classify one raw line (len bytes, no newline) the way inih will and
 * update our state.  Returns the text to hand to inih instead of the line
 * when the line was rejected, else NULL.
 */
static const char *
classify_line(struct parser *p, const char *raw, size_t len, size_t max)
{
	enum { BLANK, COMMENT, CONT, SECTION, KEY } kind;
	const char *bad = NULL, *st, *end;
	char *line, *body;
	const char *standin = NULL;

	p->kind = LK_NONE;
	if (len > max)
		ERR(p->rc, p->file, p->lineno, "line too long (%zu bytes, at "
		    "most %zu): continue the value on an indented line", len,
		    max);
	if (len > max)
		bad = "";
	else if (memchr(raw, '\0', len) != NULL)
		bad = "NUL byte in line";
	else if (!g_utf8_validate(raw, (gssize)len, NULL))
		bad = "invalid UTF-8 (rule files must be UTF-8)";
	if (bad != NULL && bad[0] != '\0')
		ERR(p->rc, p->file, p->lineno, "%s", bad);

	if ((line = strndup(raw, len)) == NULL) {
		p->rc->oom = true;
		return ";";
	}
	body = line;
	if (p->lineno == 1 && strncmp(body, "\xEF\xBB\xBF", 3) == 0)
		body += 3;
	st = body;
	while (is_ws((unsigned char)*st))
		st++;
	if (*st == '\0')
		kind = BLANK;
	else if (*st == ';' || *st == '#')
		kind = COMMENT;
	else if (p->prev_name && st > line)
		kind = CONT;
	else if (*st == '[')
		kind = SECTION;
	else
		kind = KEY;

	if (bad != NULL) {
		/* Stand-ins with the same effect on inih's state as ours. */
		switch (kind) {
		case SECTION:
			finalize_kv(p);
			p->sec = NULL;
			p->bad_section = true;
			p->prev_name = false;
			standin = "[]";
			break;
		case KEY:
			finalize_kv(p);
			end = find_chars_or_comment(st, "=:");
			if (*end == '=' || *end == ':') {
				while (end > st && is_ws((unsigned char)end[-1]))
					end--;
				line[end - line] = '\0';
				begin_key(p, st, "");
				if (p->kv != NULL)
					p->kv->broken = true;
			}
			p->prev_name = true;
			standin = "x=";
			break;
		default:
			standin = ";";
			break;
		}
		goto done;
	}

	switch (kind) {
	case BLANK:
	case COMMENT:
		break;
	case CONT:
		if (p->kv != NULL) {
			p->kind = LK_CONT;
			check_cont_looks_like_key(p, st);
		}
		break;
	case SECTION:
		finalize_kv(p);
		end = find_chars_or_comment(st + 1, "]");
		if (*end != ']') {
			ERR(p->rc, p->file, p->lineno, "missing ']' in section "
			    "header");
			p->sec = NULL;
			p->bad_section = true;
			break;
		}
		p->prev_name = false;
		line[end - line] = '\0';
		begin_section(p, line + (st + 1 - line));
		for (end++; is_ws((unsigned char)*end); end++)
			;
		if (*end != '\0' && *end != ';' && *end != '#')
			ERR(p->rc, p->file, p->lineno, "unexpected text after "
			    "']': '%s'", end);
		break;
	case KEY:
		finalize_kv(p);
		end = find_chars_or_comment(st, "=:");
		if (*end != '=' && *end != ':') {
			ERR(p->rc, p->file, p->lineno, "expected 'key = value', "
			    "'[section]' or a comment; to continue a value, "
			    "indent the line");
			break;
		}
		/* inih keeps the name only when it is not empty. */
		while (end > st && is_ws((unsigned char)end[-1]))
			end--;
		p->prev_name = end > st;
		p->kind = LK_KEY;
		break;
	}
done:
	free(line);
	return standin;
}

static char *
ini_read_line(char *str, int num, void *stream)
{
	struct parser *p = stream;
	const char *s, *nl, *standin;
	size_t len, max;

	if (p->pos >= p->len || num < 2)
		return NULL;
	s = p->buf + p->pos;
	nl = memchr(s, '\n', p->len - p->pos);
	len = nl != NULL ? (size_t)(nl - s) : p->len - p->pos;
	p->pos += len + (nl != NULL);
	p->lineno++;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	max = (size_t)num - 1;
	if ((standin = classify_line(p, s, len, max)) != NULL) {
		snprintf(str, (size_t)num, "%s", standin);
		return str;
	}
	memcpy(str, s, len);
	str[len] = '\0';
	return str;
}

static int
parse_buffer(struct rules_compiler *rc, const char *file, const char *buf,
    size_t len, enum rules_layer layer)
{
	struct parser p;
	int r;

	memset(&p, 0, sizeof(p));
	p.rc = rc;
	p.file = file;
	p.layer = layer;
	p.buf = buf;
	p.len = len;
	r = ini_parse_stream(ini_read_line, &p, ini_on_value, &p);
	finalize_kv(&p);
	if (r == -2) {
		rc->oom = true;
		ERR(rc, file, 0, "out of memory");
		return -ENOMEM;
	}
	return 0;
}

/* Keep a copy of the name for the ruleset's files[]; NULL on ENOMEM. */
static const char *
add_file_name(struct rules_compiler *rc, const char *name)
{
	char *copy, **slot;

	if ((copy = strdup(name)) == NULL)
		goto oom;
	if ((slot = vec_push(&rc->files, &rc->n_files, sizeof(*slot))) ==
	    NULL) {
		free(copy);
		goto oom;
	}
	*slot = copy;
	return copy;
oom:
	rc->oom = true;
	return NULL;
}

int
rules_compiler_add_string(struct rules_compiler *rc, const char *name,
    const char *text, enum rules_layer layer)
{
	const char *file;

	if (rc == NULL || name == NULL || text == NULL || rc->finished)
		return -EINVAL;
	if ((file = add_file_name(rc, name)) == NULL)
		return -ENOMEM;
	return parse_buffer(rc, file, text, strlen(text), layer);
}

/* Read a whole rule file, refusing anything but a small regular file. */
static int
add_file(struct rules_compiler *rc, const char *path, enum rules_layer layer)
{
	struct stat st;
	const char *file;
	char *buf = NULL, *nbuf;
	size_t len = 0, cap;
	ssize_t n;
	int fd, ret = 0;

	/* O_NONBLOCK: a FIFO named as a rule file must be refused by the
	 * fstat() below, not hang lint or the daemon in open() waiting for
	 * a writer.  Regular files ignore the flag. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC |
	    O_NOCTTY)) < 0 || fstat(fd, &st) < 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		ret = -EINVAL;
		ERR(rc, path, 0, "not a regular file");
		goto out;
	}
	/* st_size may lie (growing file, procfs): grow up to the limit. */
	cap = st.st_size > 0 && (uintmax_t)st.st_size < RULES_FILE_MAX ?
	    (size_t)st.st_size + 1 : 4096;
	for (;;) {
		if (len == cap || buf == NULL) {
			if (buf != NULL)
				cap = cap * 2 > RULES_FILE_MAX + 1 ?
				    RULES_FILE_MAX + 1 : cap * 2;
			if ((nbuf = realloc(buf, cap)) == NULL) {
				ret = -ENOMEM;
				rc->oom = true;
				goto out;
			}
			buf = nbuf;
		}
		if (len > RULES_FILE_MAX)
			break;
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ret = -errno;
			ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
			goto out;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > RULES_FILE_MAX) {
		ret = -EFBIG;
		ERR(rc, path, 0, "file too large (more than %u bytes)",
		    RULES_FILE_MAX);
		goto out;
	}
	if ((file = add_file_name(rc, path)) == NULL) {
		ret = -ENOMEM;
		goto out;
	}
	ret = parse_buffer(rc, file, buf, len, layer);
out:
	free(buf);
	if (fd >= 0)
		close(fd);
	return ret;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
add_dir(struct rules_compiler *rc, const char *path, DIR *d,
    enum rules_layer layer)
{
	struct dirent *de;
	struct stat st;
	char **names = NULL, **slot, *full = NULL;
	size_t n = 0, i, nl;
	const char *sep;
	int ret = 0;

	sep = path[0] != '\0' && path[strlen(path) - 1] == '/' ? "" : "/";
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		nl = strlen(de->d_name);
		if (de->d_name[0] == '.' || nl <= 6 ||
		    strcmp(de->d_name + nl - 6, ".rules") != 0)
			continue;
		if ((slot = vec_push(&names, &n, sizeof(*slot))) == NULL ||
		    (*slot = strdup(de->d_name)) == NULL) {
			if (slot != NULL)
				n--;
			rc->oom = true;
			ret = -ENOMEM;
			goto out;
		}
	}
	if (errno != 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read directory: %s", strerror(-ret));
		goto out;
	}
	if (n == 0) {
		WARN(rc, path, 0, "no *.rules files in directory");
		goto out;
	}
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		if (asprintf(&full, "%s%s%s", path, sep, names[i]) < 0) {
			full = NULL;
			rc->oom = true;
			ret = -ENOMEM;
			goto out;
		}
		if (stat(full, &st) == 0 && !S_ISREG(st.st_mode))
			WARN(rc, full, 0, "not a regular file, skipped");
		else
			(void)add_file(rc, full, layer);
		free(full);
		full = NULL;
	}
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(full);
	return ret;
}

int
rules_compiler_add_path(struct rules_compiler *rc, const char *path,
    enum rules_layer layer)
{
	struct stat st;
	DIR *d;
	int ret;

	if (rc == NULL || path == NULL || rc->finished)
		return -EINVAL;
	if (stat(path, &st) < 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
		return ret;
	}
	if (!S_ISDIR(st.st_mode))
		return add_file(rc, path, layer);
	if ((d = opendir(path)) == NULL) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read directory: %s", strerror(-ret));
		return ret;
	}
	ret = add_dir(rc, path, d, layer);
	closedir(d);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Merging and building                                                */

/* The kvs that make up one key's value after the layers are applied. */
struct kvlist {
	struct kv **v;
	size_t n;
};

struct mobj {
	const struct section *first;    /* where it was first defined */
	struct kvlist keys[K__COUNT];
	bool enabled;
	size_t order;
	size_t parent;                  /* items: index of the clause */
	size_t n_items;                 /* clauses: enabled items */
	struct rule_clause *out;        /* clauses: slot in the ruleset */
};

struct merge {
	struct kvlist defaults[K__COUNT];
	struct kvlist ignore;
	struct mobj *clauses;
	size_t n_clauses;
	struct mobj *items;
	size_t n_items;
	/* "clause" and "clause/item" -> index + 1 into clauses, items. */
	GHashTable *clause_index;
	GHashTable *item_index;
};

static void
merge_free(struct merge *m)
{
	size_t i, k;

	for (k = 0; k < K__COUNT; k++)
		free(m->defaults[k].v);
	free(m->ignore.v);
	for (i = 0; i < m->n_clauses; i++)
		for (k = 0; k < K__COUNT; k++)
			free(m->clauses[i].keys[k].v);
	for (i = 0; i < m->n_items; i++)
		for (k = 0; k < K__COUNT; k++)
			free(m->items[i].keys[k].v);
	free(m->clauses);
	free(m->items);
	if (m->clause_index != NULL)
		g_hash_table_destroy(m->clause_index);
	if (m->item_index != NULL)
		g_hash_table_destroy(m->item_index);
}

static int
kvlist_apply(struct kvlist *l, struct kv *kv, bool always_append)
{
	struct kv **slot;

	if (!kv->append && !always_append)
		l->n = 0;
	if ((slot = vec_push(&l->v, &l->n, sizeof(*slot))) == NULL)
		return -ENOMEM;
	*slot = kv;
	return 0;
}

static struct kv *
kvlist_last(const struct kvlist *l)
{
	return l->n > 0 ? l->v[l->n - 1] : NULL;
}

/* The clause (iid NULL) or item merged so far under these ids, or NULL. */
static struct mobj *
merge_find(struct merge *m, const char *cid, const char *iid)
{
	char *key = iid != NULL ? g_strconcat(cid, "/", iid, NULL) :
	    g_strdup(cid);
	size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(iid != NULL ?
	    m->item_index : m->clause_index, key));

	g_free(key);
	if (at == 0)
		return NULL;
	return iid != NULL ? &m->items[at - 1] : &m->clauses[at - 1];
}

/* A new clause or item, first defined by s; NULL on ENOMEM. */
static struct mobj *
merge_add(struct merge *m, const struct section *s)
{
	bool item = s->kind == SEC_ITEM;
	size_t *n = item ? &m->n_items : &m->n_clauses;
	struct mobj *o;

	if ((o = vec_push(item ? &m->items : &m->clauses, n,
	    sizeof(*o))) == NULL)
		return NULL;
	o->first = s;
	o->order = *n - 1;
	g_hash_table_insert(item ? m->item_index : m->clause_index, item ?
	    g_strconcat(s->clause_id, "/", s->item_id, NULL) :
	    g_strdup(s->clause_id), GSIZE_TO_POINTER(*n));
	return o;
}

static int
merge_sections(struct rules_compiler *rc, struct merge *m)
{
	const struct section *s;
	struct kvlist *keys;
	struct mobj *o;
	size_t i, j;

	m->clause_index = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	m->item_index = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	for (i = 0; i < rc->n_secs; i++) {
		s = rc->secs[i];
		switch (s->kind) {
		case SEC_DEFAULTS:
			keys = m->defaults;
			break;
		case SEC_IGNORE:
			/* Ignores only ever add up: a drop-in must not revive
			 * lock files by replacing the pack's list. */
			for (j = 0; j < s->n_kvs; j++)
				if (kvlist_apply(&m->ignore, s->kvs[j], true) < 0)
					return -ENOMEM;
			continue;
		case SEC_VOCAB:
			/* Used while parsing ({{NAME}}); nothing to merge. */
			continue;
		default:
			o = merge_find(m, s->clause_id, s->kind == SEC_ITEM ?
			    s->item_id : NULL);
			if (o == NULL && (o = merge_add(m, s)) == NULL)
				return -ENOMEM;
			keys = o->keys;
			break;
		}
		for (j = 0; j < s->n_kvs; j++)
			if (kvlist_apply(&keys[s->kvs[j]->key], s->kvs[j],
			    false) < 0)
				return -ENOMEM;
	}
	return 0;
}

static bool
mobj_enabled(const struct mobj *o)
{
	const struct kv *kv = kvlist_last(&o->keys[K_ENABLED]);

	return kv == NULL || !kv->ok || kv->enabled;
}

/* Patterns of a key; a kv that failed to parse counts as "something". */
static bool
kvlist_has_patterns(const struct kvlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!l->v[i]->ok || l->v[i]->pats.n > 0)
			return true;
	return false;
}

/*
 * One `terms` line as two patterns: the path variant, whose gaps stay
 * inside one path component, and the title variant, anchored in the
 * title region like the pack's title patterns.  Terms are regex
 * fragments and may use {{vocabularies}}.
 */
static int
compile_terms_line(struct rules_compiler *rc, struct kv *kv,
    const struct vline *vl, unsigned gap)
{
	GString *name_re = g_string_new(NULL), *title_re;
	char **terms = split_terms(vl->s), *t;
	struct vline one = { NULL, vl->line };
	int ret = 0;
	size_t i;

	title_re = g_string_new(TERMS_TITLE_REGION);
	for (i = 0; terms != NULL && terms[i] != NULL; i++) {
		one.s = terms[i];
		if ((t = expand_vocab(rc, kv, &one)) == NULL) {
			ret = -EINVAL;
			goto out;
		}
		if (i > 0) {
			g_string_append_printf(name_re, "[^/]{0,%u}?", gap);
			g_string_append_printf(title_re, ".{0,%u}?", gap);
		}
		g_string_append_printf(name_re, "(?:%s)", t);
		g_string_append_printf(title_re, "(?:%s)", t);
		g_free(t);
	}
	one.s = name_re->str;
	if (compile_into(rc, kv, &kv->pats, &one) < 0) {
		ret = -EINVAL;
		goto out;
	}
	one.s = title_re->str;
	ret = compile_into(rc, kv, &kv->tpats, &one);
out:
	g_strfreev(terms);
	g_string_free(name_re, TRUE);
	g_string_free(title_re, TRUE);
	return ret;
}

/* Compile an item's `terms` with its terms_gap (item, defaults, 12). */
static void
compile_item_terms(struct rules_compiler *rc, struct mobj *it,
    const struct merge *m)
{
	const struct kv *g = kvlist_last(&it->keys[K_TERMS_GAP]);
	unsigned gap = RULES_TERMS_GAP_DEFAULT;
	struct kv *kv;
	size_t i, j;

	if (g == NULL)
		g = kvlist_last(&m->defaults[K_TERMS_GAP]);
	if (g != NULL && g->ok)
		gap = g->num;
	for (i = 0; i < it->keys[K_TERMS].n; i++) {
		kv = it->keys[K_TERMS].v[i];
		if (!kv->ok || kv->pats.n > 0)
			continue;
		for (j = 0; j < kv->n_lines; j++)
			if (kv->lines[j].s[0] != '\0' &&
			    compile_terms_line(rc, kv, &kv->lines[j], gap) < 0)
				kv->ok = false;
	}
}

static void
merge_check(struct rules_compiler *rc, struct merge *m)
{
	struct mobj *c, *it;
	const struct section *f;
	size_t i;

	for (i = 0; i < m->n_clauses; i++) {
		c = &m->clauses[i];
		c->enabled = mobj_enabled(c);
		if (!c->enabled)
			continue;
		f = c->first;
		if (c->keys[K_TEXT].n == 0)
			ERR(rc, f->file, f->line, "clause %s has no 'text'",
			    f->clause_id);
		if (c->keys[K_LEVELS].n == 0)
			ERR(rc, f->file, f->line, "clause %s has no 'levels'",
			    f->clause_id);
	}
	for (i = 0; i < m->n_items; i++) {
		it = &m->items[i];
		f = it->first;
		it->enabled = mobj_enabled(it);
		c = merge_find(m, f->clause_id, NULL);
		if (c == NULL) {
			if (it->enabled)
				ERR(rc, f->file, f->line, "item %s/%s belongs to "
				    "clause %s, which is not defined",
				    f->clause_id, f->item_id, f->clause_id);
			it->enabled = false;
			continue;
		}
		it->parent = (size_t)(c - m->clauses);
		/* Dropping a clause drops its items. */
		if (!c->enabled)
			it->enabled = false;
		if (!it->enabled)
			continue;
		c->n_items++;
		if (it->keys[K_LABEL].n == 0)
			ERR(rc, f->file, f->line, "item %s/%s has no 'label'",
			    f->clause_id, f->item_id);
		compile_item_terms(rc, it, m);
		if (!kvlist_has_patterns(&it->keys[K_NAME]) &&
		    !kvlist_has_patterns(&it->keys[K_TITLE]) &&
		    !kvlist_has_patterns(&it->keys[K_TERMS]))
			ERR(rc, f->file, f->line, "item %s/%s has no pattern: "
			    "give 'name', 'title' or 'terms'", f->clause_id,
			    f->item_id);
	}
	for (i = 0; i < m->n_clauses; i++) {
		c = &m->clauses[i];
		if (c->enabled && c->n_items == 0)
			ERR(rc, c->first->file, c->first->line, "clause %s has "
			    "no items: add an [%s/ITEM] section",
			    c->first->clause_id, c->first->clause_id);
	}
}

/* Move the kv's codes into the ruleset's pool (once). */
static int
adopt_codes(struct ruleset_priv *priv, struct kv *kv)
{
	pcre2_code **slot;
	size_t i;

	if (kv->adopted)
		return 0;
	for (i = 0; i < kv->pats.n + kv->tpats.n; i++) {
		if ((slot = vec_push(&priv->codes, &priv->n_codes,
		    sizeof(*slot))) == NULL) {
			/* Codes pushed so far are in the pool: don't free
			 * them twice. */
			priv->n_codes -= i;
			return -ENOMEM;
		}
		*slot = i < kv->pats.n ? kv->pats.v[i].code :
		    kv->tpats.v[i - kv->pats.n].code;
	}
	kv->adopted = true;
	return 0;
}

/* The patterns of kv a list of `title` patterns takes: terms give their
 * title variants there. */
static const struct rule_patterns *
kv_pats(const struct kv *kv, bool title)
{
	return title && kv->key == K_TERMS ? &kv->tpats : &kv->pats;
}

static int
build_patterns_v(struct ruleset_priv *priv, struct rule_patterns *out,
    const struct kvlist *a, const struct kvlist *b, bool title)
{
	const struct kvlist *lists[2] = { a, b };
	const struct rule_pattern *src;
	size_t total = 0, l, i, j;

	for (l = 0; l < 2; l++)
		for (i = 0; lists[l] != NULL && i < lists[l]->n; i++)
			total += kv_pats(lists[l]->v[i], title)->n;
	if (total == 0)
		return 0;
	if ((out->v = calloc(total, sizeof(*out->v))) == NULL)
		return -ENOMEM;
	for (l = 0; l < 2; l++) {
		for (i = 0; lists[l] != NULL && i < lists[l]->n; i++) {
			if (adopt_codes(priv, lists[l]->v[i]) < 0)
				return -ENOMEM;
			for (j = 0; j < kv_pats(lists[l]->v[i], title)->n;
			    j++) {
				src = &kv_pats(lists[l]->v[i], title)->v[j];
				if ((out->v[out->n].source =
				    strdup(src->source)) == NULL)
					return -ENOMEM;
				out->v[out->n].file = src->file;
				out->v[out->n].line = src->line;
				out->v[out->n].code = src->code;
				out->n++;
			}
		}
	}
	return 0;
}

static int
build_patterns(struct ruleset_priv *priv, struct rule_patterns *out,
    const struct kvlist *a, const struct kvlist *b)
{
	return build_patterns_v(priv, out, a, b, false);
}

static char *
dup_text(const struct kvlist *l, const char *dflt)
{
	const struct kv *kv = kvlist_last(l);

	if (kv != NULL)
		return strdup(kv->text);
	return dflt != NULL ? strdup(dflt) : NULL;
}

static int
build_item(struct ruleset_priv *priv, struct rule_item *ri,
    const struct mobj *it, const struct merge *m, const struct rule_clause *c)
{
	const struct kv *kv;

	ri->clause = c;
	ri->file = it->first->file;
	ri->line = it->first->line;
	if ((ri->id = strdup(it->first->item_id)) == NULL ||
	    (ri->label = dup_text(&it->keys[K_LABEL], "")) == NULL)
		return -ENOMEM;
	if (build_patterns(priv, &ri->name, &it->keys[K_NAME],
	    &it->keys[K_TERMS]) < 0 ||
	    build_patterns_v(priv, &ri->title, &it->keys[K_TITLE],
	    &it->keys[K_TERMS], true) < 0 ||
	    build_patterns(priv, &ri->content_all, &it->keys[K_CONTENT_ALL],
	    NULL) < 0 ||
	    build_patterns(priv, &ri->content_any, &it->keys[K_CONTENT_ANY],
	    NULL) < 0 ||
	    build_patterns(priv, &ri->exclude, &it->keys[K_EXCLUDE],
	    &m->defaults[K_EXCLUDE]) < 0)
		return -ENOMEM;
	if ((kv = kvlist_last(&it->keys[K_TYPES])) != NULL ||
	    (kv = kvlist_last(&m->defaults[K_TYPES])) != NULL)
		ri->types = kv->mask;
	else
		ri->types = EV_TYPE_ANY_EVIDENCE;
	kv = kvlist_last(&it->keys[K_KINDS]);
	ri->kinds = kv != NULL ? kv->mask : 0;
	kv = kvlist_last(&it->keys[K_MIN_FILES]);
	ri->min_files = kv != NULL ? kv->num : 1;
	kv = kvlist_last(&it->keys[K_MAX_AGE]);
	ri->max_age = kv != NULL ? kv->age : 0;
	return 0;
}

/* Form order: numeric ids by value, then the others as defined. */
static int
cmp_clause_order(const void *pa, const void *pb)
{
	const struct mobj *a = *(const struct mobj *const *)pa;
	const struct mobj *b = *(const struct mobj *const *)pb;
	const char *ia = a->first->clause_id, *ib = b->first->clause_id;
	bool na = is_numeric_id(ia), nb = is_numeric_id(ib);
	size_t la = strlen(ia), lb = strlen(ib);
	int r;

	if (na != nb)
		return na ? -1 : 1;
	if (na) {
		/* No leading zeros, so longer means larger. */
		if (la != lb)
			return la < lb ? -1 : 1;
		if ((r = strcmp(ia, ib)) != 0)
			return r;
	}
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Literal prefilters, unless EVIDENCED_NO_PREFILTER=1 (to compare). */
static bool
prefilter_wanted(void)
{
	const char *env = getenv("EVIDENCED_NO_PREFILTER");

	return env == NULL || env[0] == '\0' || strcmp(env, "0") == 0;
}

/* The prefilter of the [ignore] patterns, in their order. */
static int
build_ignore_prefilter(struct ruleset *rs)
{
	const char **sources;
	const void **data;
	size_t i;
	int rc;

	if (rs->ignore.n == 0 || !prefilter_wanted())
		return 0;
	sources = g_new(const char *, rs->ignore.n);
	data = g_new(const void *, rs->ignore.n);
	for (i = 0; i < rs->ignore.n; i++) {
		sources[i] = rs->ignore.v[i].source;
		data[i] = &rs->ignore.v[i];
	}
	rc = prefilter_new(sources, data, rs->ignore.n, &rs->priv->ignore_pf);
	g_free(sources);
	g_free(data);
	return rc;
}

/*
 * The union "(?:p1)|(?:p2)|..." of every item's name (or title) patterns.
 * Alternatives keep their own anchors and inline options, so the union
 * matches exactly when one of them does -- unless a pattern refers to a
 * group by number, which the union renumbers: then there is no union.
 * Any failure to build one only costs speed, never a verdict.
 */
static int
build_union(struct rules_compiler *rc, struct ruleset *rs, bool title)
{
	struct rule_patterns *out = title ? &rs->any_title : &rs->any_name;
	GString *u = g_string_new(NULL);
	GPtrArray *sources = g_ptr_array_new();
	GPtrArray *members = g_ptr_array_new();
	pcre2_code *code = NULL;
	PCRE2_SIZE off;
	uint32_t backrefs;
	size_t i, j, k, n = 0;
	int err, ret = 0;

	for (i = 0; i < rs->n_clauses; i++) {
		for (j = 0; j < rs->clauses[i].n_items; j++) {
			const struct rule_item *it = &rs->clauses[i].items[j];
			const struct rule_patterns *ps = title ? &it->title :
			    &it->name;

			for (k = 0; k < ps->n; k++) {
				if (pcre2_pattern_info(ps->v[k].code,
				    PCRE2_INFO_BACKREFMAX, &backrefs) != 0 ||
				    backrefs > 0)
					goto done;
				g_string_append(u, n++ ? "|(?:" : "(?:");
				g_string_append(u, ps->v[k].source);
				g_ptr_array_add(sources, ps->v[k].source);
				g_ptr_array_add(members, &ps->v[k]);
				g_string_append_c(u, ')');
			}
		}
	}
	if (n == 0)
		goto done;
	code = pcre2_compile((PCRE2_SPTR)u->str, u->len, PCRE2_UTF |
	    PCRE2_CASELESS | PCRE2_DUPNAMES, &err, &off, NULL);
	if (code == NULL)
		goto done;
	if (!rc->no_jit)
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	if ((out->v = calloc(1, sizeof(*out->v))) == NULL ||
	    (out->v[0].source = strdup(title ? "(any title pattern)" :
	    "(any name pattern)")) == NULL) {
		free(out->v);
		out->v = NULL;
		pcre2_code_free(code);
		ret = -ENOMEM;
		goto done;
	}
	out->v[0].code = code;
	out->v[0].file = "(union)";
	out->n = 1;
	/* Literals first: most subjects hold none of them, and the rest
	 * need only the few patterns whose literals they hold. */
	if (prefilter_wanted())
		ret = prefilter_new((const char *const *)sources->pdata,
		    (const void *const *)members->pdata, sources->len,
		    title ? &rs->title_prefilter : &rs->name_prefilter);
done:
	g_ptr_array_free(sources, TRUE);
	g_ptr_array_free(members, TRUE);
	g_string_free(u, TRUE);
	return ret;
}

static int
build_ruleset(struct rules_compiler *rc, struct merge *m,
    struct ruleset **out)
{
	struct ruleset *rs;
	struct mobj **order = NULL, *mc, *it;
	struct rule_clause *c;
	const struct kv *kv;
	size_t i, j, n = 0, k, *start = NULL, *bucket = NULL;
	int ret = -ENOMEM;

	if ((rs = calloc(1, sizeof(*rs))) == NULL)
		return -ENOMEM;
	if ((rs->priv = calloc(1, sizeof(*rs->priv))) == NULL)
		goto fail;
	/* Enabled items grouped by clause, in definition order: start[c] ..
	 * start[c + 1] in bucket (a counting sort, not items x clauses). */
	if ((start = calloc(m->n_clauses + 1, sizeof(*start))) == NULL ||
	    (m->n_items > 0 && (bucket = calloc(m->n_items,
	    sizeof(*bucket))) == NULL))
		goto fail;
	for (k = 0; k < m->n_items; k++)
		if (m->items[k].enabled)
			start[m->items[k].parent + 1]++;
	for (i = 0; i < m->n_clauses; i++)
		start[i + 1] += start[i];
	for (k = 0; k < m->n_items; k++)
		if (m->items[k].enabled)
			bucket[start[m->items[k].parent]++] = k;
	/* Each start[c] now points at the end of its run: shift back. */
	for (i = m->n_clauses; i > 0; i--)
		start[i] = start[i - 1];
	start[0] = 0;
	for (i = 0; i < m->n_clauses; i++)
		n += m->clauses[i].enabled;
	if (n > 0 && ((order = calloc(n, sizeof(*order))) == NULL ||
	    (rs->clauses = calloc(n, sizeof(*rs->clauses))) == NULL))
		goto fail;
	for (i = 0, j = 0; i < m->n_clauses; i++)
		if (m->clauses[i].enabled)
			order[j++] = &m->clauses[i];
	if (n > 0)
		qsort(order, n, sizeof(*order), cmp_clause_order);

	for (i = 0; i < n; i++) {
		mc = order[i];
		c = &rs->clauses[i];
		rs->n_clauses++;
		mc->out = c;
		c->file = mc->first->file;
		c->line = mc->first->line;
		kv = kvlist_last(&mc->keys[K_LEVELS]);
		c->levels = kv != NULL ? kv->mask : 0;
		if ((c->id = strdup(mc->first->clause_id)) == NULL ||
		    (c->phase = dup_text(&mc->keys[K_PHASE], "")) == NULL ||
		    (c->text = dup_text(&mc->keys[K_TEXT], "")) == NULL ||
		    (c->proof = dup_text(&mc->keys[K_PROOF], "")) == NULL)
			goto fail;
		if (mc->keys[K_NOTE].n > 0 &&
		    (c->note = dup_text(&mc->keys[K_NOTE], NULL)) == NULL)
			goto fail;
		if (mc->n_items > 0 && (c->items = calloc(mc->n_items,
		    sizeof(*c->items))) == NULL)
			goto fail;
		for (k = start[mc - m->clauses];
		    k < start[mc - m->clauses + 1]; k++) {
			it = &m->items[bucket[k]];
			if (build_item(rs->priv, &c->items[c->n_items++], it, m,
			    c) < 0)
				goto fail;
		}
	}
	if (build_patterns(rs->priv, &rs->ignore, &m->ignore, NULL) < 0 ||
	    build_ignore_prefilter(rs) < 0)
		goto fail;
	if (build_union(rc, rs, false) < 0 || build_union(rc, rs, true) < 0)
		goto fail;
	/* The file names move: every file pointer above points into them. */
	rs->files = rc->files;
	rs->n_files = rc->n_files;
	rc->files = NULL;
	rc->n_files = 0;
	free(order);
	free(start);
	free(bucket);
	*out = rs;
	return 0;
fail:
	free(order);
	free(start);
	free(bucket);
	ruleset_free(rs);
	return ret;
}

int
rules_compiler_finish(struct rules_compiler *rc, struct ruleset **out)
{
	struct merge m;
	int ret;

	if (out != NULL)
		*out = NULL;
	if (rc == NULL || out == NULL || rc->finished)
		return -EINVAL;
	rc->finished = true;
	memset(&m, 0, sizeof(m));
	if (rc->oom || merge_sections(rc, &m) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	merge_check(rc, &m);
	if (rc->oom) {
		ret = -ENOMEM;
		goto out;
	}
	if (rc->errors.n > 0) {
		ret = -EINVAL;
		goto out;
	}
	ret = build_ruleset(rc, &m, out);
out:
	merge_free(&m);
	return ret;
}

/* ------------------------------------------------------------------ */
/* The ruleset                                                         */

static void
item_free(struct rule_item *it)
{
	free(it->id);
	free(it->label);
	/* Codes belong to the pool in ruleset_priv. */
	patterns_free(&it->name, false);
	patterns_free(&it->title, false);
	patterns_free(&it->content_all, false);
	patterns_free(&it->content_any, false);
	patterns_free(&it->exclude, false);
}

void
ruleset_free(struct ruleset *rs)
{
	struct rule_clause *c;
	size_t i, j;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n_clauses; i++) {
		c = &rs->clauses[i];
		for (j = 0; j < c->n_items; j++)
			item_free(&c->items[j]);
		free(c->items);
		free(c->id);
		free(c->phase);
		free(c->text);
		free(c->proof);
		free(c->note);
	}
	free(rs->clauses);
	patterns_free(&rs->ignore, false);
	patterns_free(&rs->any_name, true);
	patterns_free(&rs->any_title, true);
	prefilter_free(rs->name_prefilter);
	prefilter_free(rs->title_prefilter);
	for (i = 0; i < rs->n_files; i++)
		free(rs->files[i]);
	free(rs->files);
	if (rs->priv != NULL) {
		prefilter_free(rs->priv->ignore_pf);
		for (i = 0; i < rs->priv->n_codes; i++)
			pcre2_code_free(rs->priv->codes[i]);
		free(rs->priv->codes);
		free(rs->priv);
	}
	free(rs);
}

const struct rule_clause *
ruleset_find_clause(const struct ruleset *rs, const char *id)
{
	size_t i;

	if (rs == NULL || id == NULL)
		return NULL;
	for (i = 0; i < rs->n_clauses; i++)
		if (strcmp(rs->clauses[i].id, id) == 0)
			return &rs->clauses[i];
	return NULL;
}

const struct rule_item *
ruleset_find_item(const struct ruleset *rs, const char *clause_id,
    const char *item_id)
{
	const struct rule_clause *c = ruleset_find_clause(rs, clause_id);
	size_t i;

	if (c == NULL || item_id == NULL)
		return NULL;
	for (i = 0; i < c->n_items; i++)
		if (strcmp(c->items[i].id, item_id) == 0)
			return &c->items[i];
	return NULL;
}

bool
rule_clause_applies(const struct rule_clause *c, int level)
{
	if (c == NULL || level < EV_LEVEL_MIN || level > EV_LEVEL_MAX)
		return false;
	return (c->levels & EV_LEVEL_BIT(level)) != 0;
}

struct ignore_arg {
	struct rule_matcher *m;
	const char *s;
	size_t len;
	const struct rule_pattern *hit;
};

static int
ignore_candidate(const void *pattern, void *arg)
{
	struct ignore_arg *a = arg;

	if (!match_or_warn(a->m, pattern, a->s, a->len))
		return 0;
	a->hit = pattern;
	return 1;
}

bool
ruleset_is_ignored(const struct ruleset *rs, struct rule_matcher *m,
    const char *relpath, const char **why)
{
	struct ignore_arg a = { m, relpath, 0, NULL };
	long i;

	if (why != NULL)
		*why = NULL;
	if (rs == NULL || relpath == NULL)
		return false;
	/* The same first match, in the same order, among the patterns
	 * whose literals the path holds. */
	if (rs->priv != NULL && rs->priv->ignore_pf != NULL) {
		a.len = strlen(relpath);
		if (prefilter_each_candidate(rs->priv->ignore_pf, relpath,
		    a.len, ignore_candidate, &a) == 0)
			return false;
		if (why != NULL)
			*why = a.hit->source;
		return true;
	}
	i = rule_patterns_first_match(m, &rs->ignore, relpath,
	    strlen(relpath));
	if (i < 0)
		return false;
	if (why != NULL)
		*why = rs->ignore.v[i].source;
	return true;
}
