/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * prefilter.c - required literals of pcre2 patterns, and one pass over a
 * subject that finds whether any of them occurs.
 *
 * Each pattern is parsed (the subset of pcre2 syntax rules use; anything
 * else gives up, which only costs speed) into, per node, either the exact
 * set of strings it matches (small, finite) or a set of strings one of
 * which every match contains, or nothing known.  Concatenation keeps the
 * better-informed side, alternation unites, an optional part knows
 * nothing.  The patterns are caseless: ASCII letters are folded, and a
 * non-ASCII character that has a case (Greek, fullwidth Latin, ...) is
 * not used as a literal; the two non-ASCII characters pcre2 folds onto
 * ASCII letters (KELVIN SIGN, LONG S) in a subject always mean "maybe".
 *
 * A pattern needs a conjunction of such sets (a sequence needs each of
 * its parts), so one pass over a subject marks the sets present, and only
 * the patterns all of whose sets are present are candidates.  The search
 * indexes literals by their first two (folded) bytes in a 64 Kibit
 * table; a hit is confirmed against the literals of that key.
 *
 * A pattern anchored at the subject's start (every branch begins with
 * ^, as every title pattern's ^.{0,60}) whose match spans at most N
 * characters holds its literals in the subject's first N characters,
 * and on its first line when nothing it consumes can be a newline: when
 * every pattern with literals is such, the scan stops there (a text
 * head of 2 KiB is scanned for its title line, not whole).
 */
#include <errno.h>
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "evidenced/prefilter.h"

/* Exact sets larger than this become "one of these must occur". */
#define PF_EXACT_MAX    32
/* The sets an alternation keeps at most (a union per pair of its
 * sides' sets). */
#define PF_ALT_SETS_MAX 8
/* Exact strings longer than this stop growing (and become "must"). */
#define PF_LITERAL_MAX  48
#define PF_DEPTH_MAX    64
/* Bytes of a literal compared at once, first (two CJK characters): the
 * literals under one key (a common character starts dozens of the rules'
 * words) are told apart by their next character in one comparison. */
#define PF_HEAD         6
#define PF_FIRST_LONG   0x1
#define PF_FIRST_SHORT  0x2
/* A match of unbounded length, or one that may start anywhere. */
#define PF_REACH_INF    SIZE_MAX

enum pf_kind {
	PF_EXACT,       /* v: every string the node matches ("" too) */
	PF_MUST,        /* conj: sets of strings; every match contains a
			   string of each set (no sets: nothing known) */
};

struct pf_info {
	enum pf_kind kind;
	GPtrArray *v;           /* PF_EXACT: g_malloc'd strings */
	GPtrArray *conj;        /* PF_MUST: GPtrArrays of such strings */
};

struct pf_parser {
	const char *p, *end;
	int depth;
	bool bad;       /* syntax we do not follow: no prefilter */
};

/* One distinct literal and the sets it belongs to. */
struct pf_lit;

/* A literal as the scan meets it under its key. */
struct pf_ent {
	uint64_t head;                  /* pf_head() of it, len >= PF_HEAD */
	size_t len;
	const struct pf_lit *l;
};

struct pf_lit {
	char *s;
	size_t len;
	uint64_t head;                  /* pf_head() of s, len >= PF_HEAD */
	GArray *sets;                   /* of guint set ids */
};

struct prefilter {
	GPtrArray *lits;                /* struct pf_lit, >= 2 bytes */
	GHashTable *by_str;             /* literal -> struct pf_lit */
	uint8_t bits[65536 / 8];        /* pf_key() of some literal's start */
	GHashTable *by_key;             /* key -> GPtrArray of pf_lit (build) */
	/* The same, flat, for the scan: the literals of key k are
	 * ents[key_first[k] .. key_first[k + 1]), their heads inline (a
	 * hash lookup and a pointer per literal at every hit was a fifth
	 * of a scan). */
	guint *key_first;               /* 65537 */
	struct pf_ent *ents;
	/* A key's literals are mostly longer than PF_HEAD bytes: their
	 * heads, hashed (pf_head_bit), rule out most hits on one look; a
	 * key with a shorter literal (short_keys) is always looked at. */
	uint8_t head_bits[65536 / 8];
	uint8_t short_keys[65536 / 8];
	bool short_lits;                /* some literal has two bytes only */
	bool mid_char_lits;             /* one starts with a UTF-8 trail byte */
	uint8_t lit_bytes[256 / 8];     /* the bytes literals hold */
	/* Per byte, what a literal starting with it (caselessly) can be:
	 * PF_FIRST_LONG of three bytes or more, PF_FIRST_SHORT of two.  A
	 * digit, a space or a punctuation mark of a log line is passed
	 * over on one look. */
	uint8_t first[256];
	size_t n_patterns;
	const void **data;              /* per pattern, as given */
	guint *first_set, *n_sets;      /* per pattern: its sets' ids */
	guint total_sets;
	guint *owner;                   /* per set: its pattern */
	guint *unfiltered, n_unfiltered; /* the patterns with no set */
	/* How far into a subject a pattern with literals can match:
	 * characters from its start (PF_REACH_INF: all of it), and on its
	 * first line only (pf_reach). */
	size_t reach;
	bool first_line;
};

static guint
pf_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static GPtrArray *
pf_strings(void)
{
	return g_ptr_array_new_with_free_func(g_free);
}

static struct pf_info
pf_any(void)
{
	struct pf_info r = { PF_MUST, NULL, NULL };

	r.conj = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_ptr_array_unref);
	return r;
}

static struct pf_info
pf_exact1(const char *s, size_t len)
{
	struct pf_info r = { PF_EXACT, pf_strings(), NULL };

	g_ptr_array_add(r.v, g_strndup(s, len));
	return r;
}

static void
pf_info_free(struct pf_info *x)
{
	if (x->v != NULL)
		g_ptr_array_unref(x->v);
	if (x->conj != NULL)
		g_ptr_array_unref(x->conj);
	x->v = x->conj = NULL;
}

static size_t
pf_min_len(const GPtrArray *set)
{
	size_t m = SIZE_MAX, l;
	guint i;

	for (i = 0; i < set->len; i++)
		if ((l = strlen(set->pdata[i])) < m)
			m = l;
	return m;
}

/* What an exact set says must occur: nothing if it holds "". */
static struct pf_info
pf_to_must(struct pf_info x)
{
	struct pf_info r;

	if (x.kind == PF_MUST)
		return x;
	r = pf_any();
	if (pf_min_len(x.v) > 0) {
		g_ptr_array_add(r.conj, x.v);
		x.v = NULL;
	}
	pf_info_free(&x);
	return r;
}

/* Move b's sets into a's (both PF_MUST). */
static struct pf_info
pf_conj(struct pf_info a, struct pf_info b)
{
	guint i;

	for (i = 0; i < b.conj->len; i++)
		g_ptr_array_add(a.conj, g_ptr_array_ref(b.conj->pdata[i]));
	pf_info_free(&b);
	return a;
}

/* The most selective set of a conjunction, or NULL: longest shortest
 * string, then fewest strings. */
static GPtrArray *
pf_best_set(const struct pf_info *x)
{
	GPtrArray *best = NULL;
	size_t bl = 0, l;
	guint i;

	for (i = 0; i < x->conj->len; i++) {
		GPtrArray *set = x->conj->pdata[i];

		l = pf_min_len(set);
		if (best == NULL || l > bl ||
		    (l == bl && set->len < best->len)) {
			best = set;
			bl = l;
		}
	}
	return best;
}

static struct pf_info
pf_concat_exact(struct pf_info a, struct pf_info b)
{
	struct pf_info r;
	size_t la = 0, lb = 0;
	guint i, j;

	for (i = 0; i < a.v->len; i++)
		la = MAX(la, strlen(a.v->pdata[i]));
	for (j = 0; j < b.v->len; j++)
		lb = MAX(lb, strlen(b.v->pdata[j]));
	/* Exact sets stay exact while small; a cut string would not be. */
	if (a.v->len * b.v->len > PF_EXACT_MAX || la + lb > PF_LITERAL_MAX)
		return pf_conj(pf_to_must(a), pf_to_must(b));
	r.kind = PF_EXACT;
	r.conj = NULL;
	r.v = pf_strings();
	for (i = 0; i < a.v->len; i++)
		for (j = 0; j < b.v->len; j++)
			g_ptr_array_add(r.v, g_strconcat(a.v->pdata[i],
			    b.v->pdata[j], NULL));
	pf_info_free(&a);
	pf_info_free(&b);
	return r;
}

/* A new set of the strings of sa and of sb. */
static GPtrArray *
pf_union(const GPtrArray *sa, const GPtrArray *sb)
{
	GPtrArray *u = pf_strings();
	guint i;

	for (i = 0; i < sa->len; i++)
		g_ptr_array_add(u, g_strdup(sa->pdata[i]));
	for (i = 0; i < sb->len; i++)
		g_ptr_array_add(u, g_strdup(sb->pdata[i]));
	return u;
}

/* Either a or b: exact sets unite; otherwise unions of a set from each
 * side. */
static struct pf_info
pf_alt(struct pf_info a, struct pf_info b)
{
	struct pf_info r;
	GPtrArray *sa, *sb;
	guint i, j;

	if (a.kind == PF_EXACT && b.kind == PF_EXACT &&
	    a.v->len + b.v->len <= PF_EXACT_MAX) {
		for (i = 0; i < b.v->len; i++)
			g_ptr_array_add(a.v, g_strdup(b.v->pdata[i]));
		pf_info_free(&b);
		return a;
	}
	a = pf_to_must(a);
	b = pf_to_must(b);
	r = pf_any();
	/* A match of a holds a string of each of its sets, one of b a
	 * string of each of b's: every union of a set of a's and one of
	 * b's is needed.  All of them while they are few (in
	 * (漏洞|通告).{0,6}(分析|记录)|安全态势 a record's 记录 alone is no
	 * candidate), else the best of each side's. */
	if (a.conj->len > 0 && b.conj->len > 0 &&
	    a.conj->len * b.conj->len <= PF_ALT_SETS_MAX) {
		for (i = 0; i < a.conj->len; i++)
			for (j = 0; j < b.conj->len; j++)
				g_ptr_array_add(r.conj, pf_union(
				    a.conj->pdata[i], b.conj->pdata[j]));
	} else if ((sa = pf_best_set(&a)) != NULL &&
	    (sb = pf_best_set(&b)) != NULL) {
		g_ptr_array_add(r.conj, pf_union(sa, sb));
	}
	pf_info_free(&a);
	pf_info_free(&b);
	return r;
}

/*
 * A non-ASCII character is a literal only if caseless matching cannot
 * map another character onto it: letters without case (CJK), digits,
 * punctuation, spaces.
 */
static bool
caseless_safe(gunichar c)
{
	switch (g_unichar_type(c)) {
	case G_UNICODE_OTHER_LETTER:
	case G_UNICODE_DECIMAL_NUMBER:
	case G_UNICODE_CONNECT_PUNCTUATION:
	case G_UNICODE_DASH_PUNCTUATION:
	case G_UNICODE_CLOSE_PUNCTUATION:
	case G_UNICODE_FINAL_PUNCTUATION:
	case G_UNICODE_INITIAL_PUNCTUATION:
	case G_UNICODE_OTHER_PUNCTUATION:
	case G_UNICODE_OPEN_PUNCTUATION:
	case G_UNICODE_SPACE_SEPARATOR:
		return g_unichar_tolower(c) == c && g_unichar_toupper(c) == c;
	default:
		return false;
	}
}

/* One literal character at pp->p (already past any backslash). */
static struct pf_info
pf_literal(struct pf_parser *pp)
{
	unsigned char c = (unsigned char)*pp->p;
	const char *next;
	gunichar u;
	char low;

	if (c < 0x80) {
		pp->p++;
		low = (char)pf_fold(c);
		return pf_exact1(&low, 1);
	}
	u = g_utf8_get_char_validated(pp->p, pp->end - pp->p);
	if (u == (gunichar)-1 || u == (gunichar)-2) {
		pp->bad = true;
		return pf_any();
	}
	next = g_utf8_next_char(pp->p);
	if (!caseless_safe(u)) {
		pp->p = next;
		return pf_any();
	}
	{
		struct pf_info r = pf_exact1(pp->p, (size_t)(next - pp->p));

		pp->p = next;
		return r;
	}
}

/* Past a character class "[...]"; pp->p is at '['. */
static void
pf_skip_class(struct pf_parser *pp)
{
	const char *p = pp->p + 1;

	if (p < pp->end && *p == '^')
		p++;
	if (p < pp->end && *p == ']')
		p++;                    /* a leading ']' is literal */
	while (p < pp->end && *p != ']') {
		if (*p == '\\' && p + 1 < pp->end)
			p += 2;
		else if (*p == '[' && p + 1 < pp->end && p[1] == ':') {
			const char *q = strstr(p + 2, ":]");

			p = q != NULL && q < pp->end ? q + 2 : pp->end;
		} else
			p++;
	}
	if (p >= pp->end)
		pp->bad = true;
	pp->p = p < pp->end ? p + 1 : pp->end;
}

static struct pf_info
pf_escape(struct pf_parser *pp)
{
	char c;

	pp->p++;                        /* the backslash */
	if (pp->p >= pp->end) {
		pp->bad = true;
		return pf_any();
	}
	c = *pp->p;
	if (!g_ascii_isalnum(c))
		return pf_literal(pp);  /* \. \( \\ \/ ... */
	pp->p++;
	switch (c) {
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
		return pf_exact1("", 0);
	case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
	case 'h': case 'H': case 'v': case 'V': case 'R': case 'N':
	case 'X': case 't': case 'n': case 'r': case 'f': case 'e':
	case 'a':
		return pf_any();
	case 'p': case 'P':
		if (pp->p < pp->end && *pp->p == '{') {
			while (pp->p < pp->end && *pp->p != '}')
				pp->p++;
			if (pp->p >= pp->end)
				pp->bad = true;
			else
				pp->p++;
		} else if (pp->p < pp->end)
			pp->p++;
		return pf_any();
	default:
		/* Back-references, \Q..\E, \x, \K, \g, octal: not followed. */
		pp->bad = true;
		return pf_any();
	}
}

static struct pf_info pf_parse_alt(struct pf_parser *pp);

/*
 * Where the body of the group at p (at '(') starts, and whether it is a
 * lookaround (*zero_width); NULL for what is not followed: inline
 * options ((?x) changes what a space is), comments, conditions,
 * recursion, verbs.
 */
static const char *
pf_group_body(const char *p, const char *end, bool *zero_width)
{
	*zero_width = false;
	p++;
	if (p < end && *p == '*')
		return NULL;                    /* (*VERB) */
	if (p >= end || *p != '?')
		return p;
	p++;
	if (p < end && (*p == ':' || *p == '>' || *p == '|'))
		return p + 1;
	if (p < end && (*p == '=' || *p == '!')) {
		*zero_width = true;
		return p + 1;
	}
	if (p + 1 < end && *p == '<' && (p[1] == '=' || p[1] == '!')) {
		*zero_width = true;
		return p + 2;
	}
	if (p < end && (*p == '<' || *p == '\'' ||
	    (*p == 'P' && p + 1 < end && p[1] == '<'))) {
		/* A named group: skip the name. */
		char close = *p == '\'' ? '\'' : '>';

		while (p < end && *p != close)
			p++;
		return p < end ? p + 1 : NULL;
	}
	return NULL;
}

/* A group; pp->p is at '('. */
static struct pf_info
pf_group(struct pf_parser *pp)
{
	struct pf_info r;
	bool zero_width;
	const char *p = pf_group_body(pp->p, pp->end, &zero_width);

	if (p == NULL) {
		pp->bad = true;
		return pf_any();
	}
	pp->p = p;
	if (++pp->depth > PF_DEPTH_MAX) {
		pp->bad = true;
		return pf_any();
	}
	r = pf_parse_alt(pp);
	pp->depth--;
	if (pp->p >= pp->end || *pp->p != ')') {
		pp->bad = true;
		pf_info_free(&r);
		return pf_any();
	}
	pp->p++;
	if (zero_width) {
		/* A lookaround consumes nothing: it only narrows. */
		pf_info_free(&r);
		return pf_exact1("", 0);
	}
	return r;
}

/* A quantifier after an atom, if any: 0 none, 1 parsed, sets min/max. */
static int
pf_quantifier(struct pf_parser *pp, unsigned long *min, unsigned long *max)
{
	const char *p = pp->p;
	char *e;

	if (p >= pp->end)
		return 0;
	switch (*p) {
	case '?':
		*min = 0;
		*max = 1;
		p++;
		break;
	case '*':
		*min = 0;
		*max = ULONG_MAX;
		p++;
		break;
	case '+':
		*min = 1;
		*max = ULONG_MAX;
		p++;
		break;
	case '{':
		/*
		 * {n}, {n,}, {n,m}.  Other braces are literal to this pcre2
		 * but not to newer ones ({,m}, spaces): not followed.
		 */
		if (p + 1 >= pp->end || !g_ascii_isdigit(p[1])) {
			pp->bad = true;
			return 0;
		}
		*min = strtoul(p + 1, &e, 10);
		if (*e == '}') {
			*max = *min;
		} else if (*e == ',' && e[1] == '}') {
			*max = ULONG_MAX;
			e++;
		} else if (*e == ',' && g_ascii_isdigit(e[1])) {
			*max = strtoul(e + 1, &e, 10);
			if (*e != '}') {
				pp->bad = true;
				return 0;
			}
		} else {
			pp->bad = true;
			return 0;
		}
		p = e + 1;
		break;
	default:
		return 0;
	}
	/* Lazy or possessive: the same strings. */
	if (p < pp->end && (*p == '?' || *p == '+'))
		p++;
	pp->p = p;
	return 1;
}

static struct pf_info
pf_atom(struct pf_parser *pp)
{
	switch (*pp->p) {
	case '(':
		return pf_group(pp);
	case '[':
		pf_skip_class(pp);
		return pf_any();
	case '.':
		pp->p++;
		return pf_any();
	case '^':
	case '$':
		pp->p++;
		return pf_exact1("", 0);
	case '\\':
		return pf_escape(pp);
	case '*':
	case '+':
	case '?':
		pp->bad = true;         /* a quantifier with nothing before */
		pp->p++;
		return pf_any();
	default:
		return pf_literal(pp);
	}
}

/*
 * A sequence: runs of exact atoms grow into longer exact strings; at
 * anything inexact the run so far becomes one more set the sequence
 * needs, beside what the inexact atom needs.
 */
static struct pf_info
pf_parse_seq(struct pf_parser *pp)
{
	struct pf_info run = pf_exact1("", 0), need = pf_any(), a;
	unsigned long min, max;
	bool exact = true;

	while (pp->p < pp->end && *pp->p != '|' && *pp->p != ')' &&
	    !pp->bad) {
		a = pf_atom(pp);
		if (pf_quantifier(pp, &min, &max)) {
			if (min == 0 && max == 1 && a.kind == PF_EXACT) {
				g_ptr_array_add(a.v, g_strdup(""));
			} else if (min == 0) {
				pf_info_free(&a);
				a = pf_any();
			} else if (!(min == 1 && max == 1))
				a = pf_to_must(a);
		}
		if (a.kind == PF_EXACT) {
			run = pf_concat_exact(run, a);
			if (run.kind == PF_EXACT)
				continue;
			/* Too many or too long: what it needs so far. */
			need = pf_conj(need, run);
		} else {
			need = pf_conj(need, pf_to_must(run));
			need = pf_conj(need, a);
		}
		run = pf_exact1("", 0);
		exact = false;
	}
	if (exact) {
		pf_info_free(&need);
		return run;
	}
	return pf_conj(need, pf_to_must(run));
}

static struct pf_info
pf_parse_alt(struct pf_parser *pp)
{
	struct pf_info r = pf_parse_seq(pp);

	while (pp->p < pp->end && *pp->p == '|' && !pp->bad) {
		pp->p++;
		r = pf_alt(r, pf_parse_seq(pp));
	}
	return r;
}

/* ---- reach: how far into the subject a match can go ------------------- */

/* What a part of a pattern consumes: at most max characters
 * (PF_REACH_INF: no bound), and whether one may be a newline. */
struct pf_reach {
	size_t max;
	bool nl;
};

static const struct pf_reach pf_reach_unknown = { PF_REACH_INF, true };

static size_t
pf_reach_add(size_t a, size_t b)
{
	return a == PF_REACH_INF || b == PF_REACH_INF || a > PF_REACH_INF - b ?
	    PF_REACH_INF : a + b;
}

static struct pf_reach pf_reach_alt(struct pf_parser *pp);

/*
 * A class [...] is one character, which may be a newline unless the
 * class is positive and holds only printable characters, \\d, \\w and
 * POSIX classes of printable ones (a control character or another escape
 * could start a range over it).
 */
static struct pf_reach
pf_reach_class(struct pf_parser *pp)
{
	static const char *const printable[] = { "[:alpha:]", "[:alnum:]",
	    "[:digit:]", "[:lower:]", "[:upper:]", "[:punct:]", "[:xdigit:]",
	    "[:word:]", "[:graph:]", "[:print:]" };
	const char *start = pp->p, *p;
	struct pf_reach r = { 1, false };
	size_t k;

	pf_skip_class(pp);
	if (start + 1 < pp->end && start[1] == '^')
		r.nl = true;
	for (p = start + 1; p < pp->p && !r.nl; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			r.nl = true;
		else if (*p == '\\' && p + 1 < pp->p) {
			p++;
			r.nl = g_ascii_isalnum(*p) && *p != 'd' && *p != 'w';
		} else if (*p == '[' && p + 1 < pp->p && p[1] == ':') {
			for (k = 0; k < G_N_ELEMENTS(printable); k++)
				if (strncmp(p, printable[k],
				    strlen(printable[k])) == 0)
					break;
			if (k == G_N_ELEMENTS(printable))
				r.nl = true;
			else
				p += strlen(printable[k]) - 1;
		}
	}
	return r;
}

/* An escape: assertions consume nothing, \\R two characters, \\X any
 * number; what is not followed is unknown. */
static struct pf_reach
pf_reach_escape(struct pf_parser *pp)
{
	struct pf_reach r = { 1, false };
	char c;

	if (++pp->p >= pp->end)
		return pf_reach_unknown;
	c = *pp->p;
	if (!g_ascii_isalnum(c)) {
		pp->p = g_utf8_next_char(pp->p);
		r.nl = c == '\n';
		return r;
	}
	pp->p++;
	switch (c) {
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
		r.max = 0;
		return r;
	case 'd': case 'w': case 'h': case 'N': case 't': case 'f':
	case 'e': case 'a':
		return r;
	case 'D': case 'W': case 's': case 'S': case 'H': case 'v':
	case 'V': case 'n': case 'r':
		r.nl = true;
		return r;
	case 'R':
		r.max = 2;
		r.nl = true;
		return r;
	case 'p': case 'P':
		if (pp->p < pp->end && *pp->p == '{') {
			while (pp->p < pp->end && *pp->p != '}')
				pp->p++;
			if (pp->p >= pp->end)
				return pf_reach_unknown;
			pp->p++;
		} else if (pp->p < pp->end)
			pp->p++;
		r.nl = true;
		return r;
	default:
		return pf_reach_unknown;
	}
}

/* A group: a lookaround consumes nothing (what it looks at beyond the
 * match holds none of the literals the match needs). */
static struct pf_reach
pf_reach_group(struct pf_parser *pp)
{
	bool zero_width;
	const char *p = pf_group_body(pp->p, pp->end, &zero_width);
	struct pf_reach r;

	if (p == NULL)
		return pf_reach_unknown;
	pp->p = p;
	if (++pp->depth > PF_DEPTH_MAX)
		return pf_reach_unknown;
	r = pf_reach_alt(pp);
	pp->depth--;
	if (pp->bad || pp->p >= pp->end || *pp->p != ')')
		return pf_reach_unknown;
	pp->p++;
	if (zero_width) {
		r.max = 0;
		r.nl = false;
	}
	return r;
}

static struct pf_reach
pf_reach_atom(struct pf_parser *pp)
{
	struct pf_reach r = { 1, false };
	unsigned char c = (unsigned char)*pp->p;

	switch (c) {
	case '(':
		return pf_reach_group(pp);
	case '[':
		return pf_reach_class(pp);
	case '.':
		pp->p++;
		return r;
	case '^':
	case '$':
		pp->p++;
		r.max = 0;
		return r;
	case '\\':
		return pf_reach_escape(pp);
	case '*':
	case '+':
	case '?':
		pp->bad = true;
		return pf_reach_unknown;
	default:
		if (c >= 0x80 && g_utf8_get_char_validated(pp->p,
		    pp->end - pp->p) >= (gunichar)-2) {
			pp->bad = true;
			return pf_reach_unknown;
		}
		pp->p = g_utf8_next_char(pp->p);
		r.nl = c == '\n';
		return r;
	}
}

static struct pf_reach
pf_reach_seq(struct pf_parser *pp)
{
	struct pf_reach r = { 0, false }, a;
	unsigned long min, max;

	while (pp->p < pp->end && *pp->p != '|' && *pp->p != ')' &&
	    !pp->bad) {
		a = pf_reach_atom(pp);
		if (pf_quantifier(pp, &min, &max)) {
			if (max == 0)
				a.max = 0;
			else if (a.max != 0 && (max == ULONG_MAX ||
			    a.max == PF_REACH_INF || max > PF_REACH_INF /
			    a.max))
				a.max = PF_REACH_INF;
			else
				a.max *= max;
		}
		r.max = pf_reach_add(r.max, a.max);
		r.nl |= a.nl;
	}
	return pp->bad ? pf_reach_unknown : r;
}

static struct pf_reach
pf_reach_alt(struct pf_parser *pp)
{
	struct pf_reach r = pf_reach_seq(pp), b;

	while (pp->p < pp->end && *pp->p == '|' && !pp->bad) {
		pp->p++;
		b = pf_reach_seq(pp);
		r.max = MAX(r.max, b.max);
		r.nl |= b.nl;
	}
	return pp->bad ? pf_reach_unknown : r;
}

/*
 * How far into a subject pattern src can match: unknown unless every
 * top-level branch starts with ^ (without (?m) it only matches at the
 * subject's start, as rules match).
 */
static struct pf_reach
pf_reach_of(const char *src)
{
	struct pf_parser pp = { src, src + strlen(src), 0, false };
	struct pf_reach r = { 0, false }, b;

	for (;;) {
		if (pp.p >= pp.end || *pp.p != '^')
			return pf_reach_unknown;
		b = pf_reach_seq(&pp);
		if (pp.bad || b.max == PF_REACH_INF)
			return pf_reach_unknown;
		r.max = MAX(r.max, b.max);
		r.nl |= b.nl;
		if (pp.p >= pp.end)
			return r;
		if (*pp.p != '|')
			return pf_reach_unknown;  /* an unbalanced ')' */
		pp.p++;
	}
}

/* Can '.' match a newline byte?  Not when pcre2 was built with a
 * newline convention that makes a lone LF one (LF, ANY, ANYCRLF). */
static bool
pf_dot_stops_at_lf(void)
{
	uint32_t nl = 0;

	if (pcre2_config(PCRE2_CONFIG_NEWLINE, &nl) < 0)
		return false;
	return nl == PCRE2_NEWLINE_LF || nl == PCRE2_NEWLINE_ANY ||
	    nl == PCRE2_NEWLINE_ANYCRLF;
}

/*
 * The index of a position: a hash of its first three bytes (one CJK
 * character: two bytes would put most of them in the table), ASCII
 * folded, or of two for a two-byte literal.  Always < 65536.
 */
static inline guint
pf_key(const unsigned char *s, size_t n)
{
	uint32_t v = pf_fold(s[0]) << 16 | pf_fold(s[1]) << 8;

	if (n >= 3)
		v |= pf_fold(s[2]) | 1u << 24;
	return (guint)((v * 2654435761u) >> 16);
}

/* The first PF_HEAD bytes at s, ASCII folded, as one number: the bytes
 * A-Z of the word get 0x20 all at once (bit 7 of each byte of a says
 * ">= 'A'", of z "> 'Z'"; bytes over 0x7f stay). */
static inline uint64_t
pf_head(const unsigned char *s)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t v = 0, h, a, z;

	memcpy(&v, s, PF_HEAD);
	h = v & ~high;
	a = h + 0x3f3f3f3f3f3f3f3fULL;
	z = h + 0x2525252525252525ULL;
	return v | ((a & ~z & ~v & high) >> 2);
}

static void
pf_lit_free(gpointer p)
{
	struct pf_lit *l = p;

	g_free(l->s);
	g_array_free(l->sets, TRUE);
	g_free(l);
}

static void
pf_add_literal(struct prefilter *pf, const char *s, guint set)
{
	struct pf_lit *l = g_hash_table_lookup(pf->by_str, s);
	GPtrArray *bucket;
	guint key;
	unsigned char c;
	uint8_t f;

	if (l == NULL) {
		l = g_malloc0(sizeof(*l));
		l->s = g_strdup(s);
		l->len = strlen(s);
		if (l->len >= PF_HEAD)
			l->head = pf_head((const unsigned char *)l->s);
		l->sets = g_array_new(FALSE, FALSE, sizeof(guint));
		g_ptr_array_add(pf->lits, l);
		g_hash_table_insert(pf->by_str, l->s, l);
		key = pf_key((const unsigned char *)l->s, l->len);
		pf->short_lits |= l->len < 3;
		pf->mid_char_lits |= ((unsigned char)l->s[0] & 0xc0) == 0x80;
		c = (unsigned char)l->s[0];
		f = l->len < 3 ? PF_FIRST_SHORT : PF_FIRST_LONG;
		pf->first[c] |= f;
		if (c >= 'a' && c <= 'z')
			pf->first[c - ('a' - 'A')] |= f;
		else if (c >= 'A' && c <= 'Z')
			pf->first[c + ('a' - 'A')] |= f;
		for (const unsigned char *b = (const unsigned char *)l->s;
		    *b != '\0'; b++)
			pf->lit_bytes[*b >> 3] |= (uint8_t)(1u << (*b & 7));
		pf->bits[key >> 3] |= (uint8_t)(1u << (key & 7));
		bucket = g_hash_table_lookup(pf->by_key, GUINT_TO_POINTER(key));
		if (bucket == NULL) {
			bucket = g_ptr_array_new();
			g_hash_table_insert(pf->by_key, GUINT_TO_POINTER(key),
			    bucket);
		}
		g_ptr_array_add(bucket, l);
	}
	if (l->sets->len == 0 ||
	    g_array_index(l->sets, guint, l->sets->len - 1) != set)
		g_array_append_val(l->sets, set);
}

/*
 * Record the sets of literals pattern i needs.  A set with a string
 * shorter than two bytes would hit everywhere: it is left out (a pattern
 * that needs nothing we can use is always a candidate).
 */
static void
pf_add_pattern(struct prefilter *pf, size_t i, const char *src)
{
	struct pf_parser pp = { src, src + strlen(src), 0, false };
	struct pf_info r = pf_parse_alt(&pp);
	guint k, j;

	if (pp.p != pp.end)
		pp.bad = true;          /* an unbalanced ')' */
	r = pf_to_must(r);
	pf->first_set[i] = pf->total_sets;
	pf->n_sets[i] = 0;
	for (k = 0; !pp.bad && k < r.conj->len; k++) {
		GPtrArray *set = r.conj->pdata[k];

		if (pf_min_len(set) < 2)
			continue;
		for (j = 0; j < set->len; j++)
			pf_add_literal(pf, set->pdata[j], pf->total_sets);
		pf->total_sets++;
		pf->n_sets[i]++;
	}
	pf_info_free(&r);
}

/* Where the head h of a literal (pf_head) is marked in head_bits. */
static inline guint
pf_head_bit(uint64_t h)
{
	return (guint)((h * 0x9e3779b97f4a7c15ULL) >> 48);
}

/* key_first and ents from the literals, in the order they were met. */
static void
pf_flatten(struct prefilter *pf)
{
	guint i, k, *fill;

	pf->key_first = g_new0(guint, 65537);
	pf->ents = g_new0(struct pf_ent, pf->lits->len + 1);
	for (i = 0; i < pf->lits->len; i++) {
		const struct pf_lit *l = pf->lits->pdata[i];

		pf->key_first[pf_key((const unsigned char *)l->s, l->len) +
		    1]++;
	}
	for (k = 0; k < 65536; k++)
		pf->key_first[k + 1] += pf->key_first[k];
	fill = g_memdup2(pf->key_first, 65536 * sizeof(guint));
	for (i = 0; i < pf->lits->len; i++) {
		const struct pf_lit *l = pf->lits->pdata[i];
		struct pf_ent *e;

		k = pf_key((const unsigned char *)l->s, l->len);
		if (l->len >= PF_HEAD) {
			guint b = pf_head_bit(l->head);

			pf->head_bits[b >> 3] |= (uint8_t)(1u << (b & 7));
		} else {
			pf->short_keys[k >> 3] |= (uint8_t)(1u << (k & 7));
		}
		e = &pf->ents[fill[k]++];
		e->head = l->head;
		e->len = l->len;
		e->l = l;
	}
	g_free(fill);
}

int
prefilter_new(const char *const *sources, const void *const *data,
    size_t n, struct prefilter **out)
{
	struct prefilter *pf;
	size_t i;

	pf = g_malloc0(sizeof(*pf));
	pf->lits = g_ptr_array_new_with_free_func(pf_lit_free);
	pf->by_str = g_hash_table_new(g_str_hash, g_str_equal);
	pf->by_key = g_hash_table_new_full(g_direct_hash, g_direct_equal,
	    NULL, (GDestroyNotify)g_ptr_array_unref);
	pf->n_patterns = n;
	pf->data = g_new0(const void *, n);
	pf->first_set = g_new0(guint, n);
	pf->n_sets = g_new0(guint, n);
	pf->first_line = pf_dot_stops_at_lf();
	for (i = 0; i < n; i++) {
		pf->data[i] = data[i];
		pf_add_pattern(pf, i, sources[i]);
		/* A pattern with no literals is a candidate anyway: how
		 * far it reaches does not matter. */
		if (pf->n_sets[i] > 0 && pf->reach != PF_REACH_INF) {
			struct pf_reach r = pf_reach_of(sources[i]);

			pf->reach = MAX(pf->reach, r.max);
			pf->first_line &= !r.nl;
		}
	}
	if (pf->reach == PF_REACH_INF)
		pf->first_line = false;
	/* Sets are numbered in pattern order: a scan of the hit sets meets
	 * the candidates in pattern order too. */
	pf->owner = g_new0(guint, pf->total_sets + 1);
	pf->unfiltered = g_new0(guint, n + 1);
	for (i = 0; i < n; i++) {
		guint k;

		for (k = 0; k < pf->n_sets[i]; k++)
			pf->owner[pf->first_set[i] + k] = (guint)i;
		if (pf->n_sets[i] == 0)
			pf->unfiltered[pf->n_unfiltered++] = (guint)i;
	}
	pf_flatten(pf);
	*out = pf;
	return 0;
}

void
prefilter_free(struct prefilter *pf)
{
	if (pf == NULL)
		return;
	g_hash_table_destroy(pf->by_key);
	g_free(pf->key_first);
	g_free(pf->ents);
	g_hash_table_destroy(pf->by_str);
	g_ptr_array_free(pf->lits, TRUE);
	g_free(pf->data);
	g_free(pf->first_set);
	g_free(pf->n_sets);
	g_free(pf->owner);
	g_free(pf->unfiltered);
	g_free(pf);
}

size_t
prefilter_reach(const struct prefilter *pf, bool *first_line)
{
	if (first_line != NULL)
		*first_line = pf->first_line;
	return pf->reach == PF_REACH_INF ? 0 : pf->reach;
}

size_t
prefilter_literal_count(const struct prefilter *pf)
{
	return pf != NULL ? pf->lits->len : 0;
}

size_t
prefilter_unfiltered_count(const struct prefilter *pf)
{
	size_t i, n = 0;

	for (i = 0; pf != NULL && i < pf->n_patterns; i++)
		n += pf->n_sets[i] == 0;
	return n;
}

/* s[0..n) equals the literal lit caselessly (ASCII), as
 * g_ascii_strncasecmp() says but inline: it runs at every position whose
 * key some literal has, a call apiece was a tenth of a scan. */
static inline bool
pf_equal(const unsigned char *s, const unsigned char *lit, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (pf_fold(s[k]) != pf_fold(lit[k]))
			return false;
	return true;
}

/* Are all the sets of pattern i in hit? */
static bool
pf_all_sets(const struct prefilter *pf, guint i, const uint8_t *hit)
{
	guint k, set;

	for (k = 0; k < pf->n_sets[i]; k++) {
		set = pf->first_set[i] + k;
		if (!(hit[set >> 3] & (1u << (set & 7))))
			return false;
	}
	return true;
}

/* The literals indexed under key that occur at s + i: mark their sets.
 * complete (NULL: not asked): set when a set newly marked completes its
 * pattern. */
static bool
pf_scan_at(const struct prefilter *pf, const unsigned char *s, size_t len,
    size_t i, guint key, uint8_t *hit, bool *complete)
{
	const struct pf_ent *e, *end;
	const guint *sets;
	bool any = false;
	uint64_t head = 0;
	size_t k, n;

	if (len - i >= PF_HEAD)
		head = pf_head(s + i);
	e = pf->ents + pf->key_first[key];
	end = pf->ents + pf->key_first[key + 1];
	for (; e < end; e++) {
		const struct pf_lit *l = e->l;

		if (e->len > len - i)
			continue;
		if (e->len >= PF_HEAD ? e->head != head ||
		    !pf_equal(s + i + PF_HEAD,
		    (const unsigned char *)l->s + PF_HEAD, e->len - PF_HEAD) :
		    !pf_equal(s + i, (const unsigned char *)l->s, e->len))
			continue;
		any = true;
		sets = (const guint *)(const void *)l->sets->data;
		n = l->sets->len;
		/* A common word is in dozens of sets: without complete,
		 * only their bits. */
		if (complete == NULL) {
			for (k = 0; k < n; k++)
				hit[sets[k] >> 3] |= (uint8_t)(1u <<
				    (sets[k] & 7));
			continue;
		}
		for (k = 0; k < n; k++) {
			guint set = sets[k];
			uint8_t bit = (uint8_t)(1u << (set & 7));

			if (!(hit[set >> 3] & bit)) {
				hit[set >> 3] |= bit;
				*complete |= pf_all_sets(pf, pf->owner[set],
				    hit);
			}
		}
	}
	return any;
}

/* The literals of the n-byte key at s + i (pf_scan_at), when the key is
 * some literal's: true when the scan can stop there (complete). */
static inline bool
pf_try(const struct prefilter *pf, const unsigned char *s, size_t len,
    size_t i, size_t n, uint8_t *hit, bool *complete, bool *any)
{
	guint key = pf_key(s + i, n), b;

	/* Most positions: no literal has this key, or none of the key's
	 * (all longer than PF_HEAD bytes) has the head found here. */
	if (!(pf->bits[key >> 3] & (1u << (key & 7))))
		return false;
	if (len - i >= PF_HEAD &&
	    !(pf->short_keys[key >> 3] & (1u << (key & 7)))) {
		b = pf_head_bit(pf_head(s + i));
		if (!(pf->head_bits[b >> 3] & (1u << (b & 7))))
			return false;
	}
	if (!pf_scan_at(pf, s, len, i, key, hit, complete))
		return false;
	*any = true;
	return complete != NULL && *complete;
}

/* Mark in hit[] every set one of whose literals occurs in s; false when
 * there is none.  With complete (NULL: not asked), stop as soon as some
 * pattern has all its sets, and say so there. */
static bool
pf_scan(const struct prefilter *pf, const unsigned char *s, size_t len,
    uint8_t *hit, bool *complete)
{
	bool any = false, mid = pf->mid_char_lits;
	size_t i;
	unsigned c;

	for (i = 0; i + 1 < len; i++) {
		c = s[i];
		if (c >= 0x80) {
			/* Literals are whole characters: none starts
			 * inside one (two positions in three of a Chinese
			 * text). */
			if (c < 0xc0 && !mid)
				continue;
			/* KELVIN SIGN and LONG S match 'k' and 's'
			 * caselessly: then every set counts as present. */
			if ((c == 0xe2 && i + 2 < len && s[i + 1] == 0x84 &&
			    s[i + 2] == 0xaa) || (c == 0xc5 &&
			    s[i + 1] == 0xbf)) {
				memset(hit, 0xff, (pf->total_sets + 7) / 8);
				if (complete != NULL)
					*complete = pf->total_sets > 0;
				return true;
			}
		}
		if (pf->first[c] == 0)
			continue;
		if ((pf->first[c] & PF_FIRST_LONG) && i + 2 < len &&
		    pf_try(pf, s, len, i, 3, hit, complete, &any))
			return true;
		if ((pf->first[c] & PF_FIRST_SHORT) &&
		    pf_try(pf, s, len, i, 2, hit, complete, &any))
			return true;
	}
	return any;
}

/*
 * The part of subject[0..len) a pattern with literals can match in: its
 * first pf->reach characters, up to its first newline when first_line.
 */
static size_t
pf_subject_len(const struct prefilter *pf, const char *s, size_t len)
{
	const uint64_t high = 0x8080808080808080ULL;
	size_t i, chars = 0, starts;
	const char *nl;
	uint64_t w;

	if (pf->reach == PF_REACH_INF)
		return len;
	/* The line first (a memchr), then its characters, eight bytes a
	 * look: those that are no continuation byte (10xxxxxx: bit 7 set,
	 * bit 6, shifted into bit 7, clear) start one. */
	if (pf->first_line && (nl = memchr(s, '\n', len)) != NULL)
		len = (size_t)(nl - s);
	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		/* Their bit 7 moved to bit 0 and summed in the top byte by
		 * a multiply (no popcount instruction on every x86-64). */
		starts = 8 - (size_t)((((w & ~(w << 1) & high) >> 7) *
		    0x0101010101010101ULL) >> 56);
		if (chars + starts > pf->reach)
			break;
		chars += starts;
	}
	for (; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 &&
		    chars++ == pf->reach)
			break;
	return i;
}

/*
 * The candidates, in pattern order: the patterns all of whose sets were
 * hit, met by walking the hit sets (a subject hits few of hundreds), with
 * the patterns that need no set merged in.
 */
int
prefilter_each_candidate(const struct prefilter *pf, const char *subject,
    size_t len, int (*fn)(const void *data, void *arg), void *arg)
{
	uint8_t stack_hit[256], *hit = stack_hit;
	size_t bytes = (pf->total_sets + 7) / 8, b;
	guint u = 0, p, last = G_MAXUINT, set;
	int rc = 0;

	if (bytes > sizeof(stack_hit))
		hit = g_malloc(bytes);
	memset(hit, 0, bytes);
	len = pf_subject_len(pf, subject, len);
	if (!pf_scan(pf, (const unsigned char *)subject, len, hit, NULL))
		bytes = 0;
	/* The hit sets in order, eight bytes of hit[] a look and a set
	 * bit a step (a bit at a time was a quarter of the prefilter). */
	for (b = 0; b < bytes && rc == 0; b += 8) {
		uint64_t word = 0;

		memcpy(&word, hit + b, MIN(8, bytes - b));
		word = GUINT64_FROM_LE(word);
		while (word != 0 && rc == 0) {
			set = (guint)(b * 8) + (guint)__builtin_ctzll(word);
			word &= word - 1;
			if (set >= pf->total_sets ||
			    (p = pf->owner[set]) == last)
				continue;
			last = p;
			if (!pf_all_sets(pf, p, hit))
				continue;
			while (u < pf->n_unfiltered && pf->unfiltered[u] < p &&
			    rc == 0)
				rc = fn(pf->data[pf->unfiltered[u++]], arg);
			if (rc == 0)
				rc = fn(pf->data[p], arg);
		}
	}
	while (u < pf->n_unfiltered && rc == 0)
		rc = fn(pf->data[pf->unfiltered[u++]], arg);
	if (hit != stack_hit)
		g_free(hit);
	return rc;
}

bool
prefilter_any_candidate(const struct prefilter *pf, const char *subject,
    size_t len)
{
	uint8_t stack_hit[256], *hit = stack_hit;
	size_t bytes = (pf->total_sets + 7) / 8;
	bool complete = false;

	if (pf->n_unfiltered > 0)
		return true;
	if (bytes > sizeof(stack_hit))
		hit = g_malloc(bytes);
	memset(hit, 0, bytes);
	len = pf_subject_len(pf, subject, len);
	(void)pf_scan(pf, (const unsigned char *)subject, len, hit, &complete);
	if (hit != stack_hit)
		g_free(hit);
	return complete;
}

bool
prefilter_literal_byte(const struct prefilter *pf, unsigned char c)
{
	return (pf->lit_bytes[c >> 3] >> (c & 7)) & 1;
}
