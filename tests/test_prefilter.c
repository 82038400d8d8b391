/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_prefilter.c - the literal prefilter never leaves out a pattern
 * that matches (checked against pcre2 itself over the shipped rule pack
 * and its own texts), and does leave out the ones that cannot.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/prefilter.h"
#include "evidenced/rules.h"

struct collect {
	bool seen[64];
};

static int
collect_cb(const void *data, void *arg)
{
	struct collect *c = arg;
	size_t i = (size_t)(uintptr_t)data;

	c->seen[i] = true;
	return 0;
}

/* Is pattern src (alone) a candidate for subject? */
static bool
candidate(const char *src, const char *subject)
{
	struct prefilter *pf;
	const void *data = (const void *)(uintptr_t)0;
	struct collect c;

	memset(&c, 0, sizeof(c));
	assert_int_equal(prefilter_new(&src, &data, 1, &pf), 0);
	assert_non_null(pf);
	prefilter_each_candidate(pf, subject, strlen(subject), collect_cb,
	    &c);
	prefilter_free(pf);
	return c.seen[0];
}

/* pcre2, compiled as the rules compile. */
static bool
pcre_matches(const char *src, const char *subject)
{
	pcre2_code *code;
	pcre2_match_data *md;
	PCRE2_SIZE off;
	int err, rc;

	code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_CASELESS, &err, &off, NULL);
	assert_non_null(code);
	md = pcre2_match_data_create_from_pattern(code, NULL);
	rc = pcre2_match(code, (PCRE2_SPTR)subject, strlen(subject), 0, 0,
	    md, NULL);
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return rc >= 0;
}

/* A matching subject is always a candidate; a non-matching one is
 * left out when want_out says so. */
static void
check(const char *src, const char *subject, bool want_match,
    bool want_candidate)
{
	bool m = pcre_matches(src, subject), c = candidate(src, subject);

	if (m != want_match || c != want_candidate)
		fail_msg("/%s/ on \"%s\": match %d candidate %d, want %d %d",
		    src, subject, m, c, want_match, want_candidate);
}

static void
test_literals(void **state)
{
	(void)state;
	check("服务级别协议|\\bSLA\\b", "2024 服务级别协议.docx", true, true);
	check("服务级别协议|\\bSLA\\b", "the sla.pdf", true, true);
	check("服务级别协议|\\bSLA\\b", "THE SLA.PDF", true, true);
	check("服务级别协议|\\bSLA\\b", "服务协议.docx", false, false);
	/* Literals only narrow: "slap" holds "sla" but \b fails. */
	check("服务级别协议|\\bSLA\\b", "slap", false, true);
	/* Each part of a sequence is needed. */
	check("^.{0,60}(需求调研|需求调查).{0,4}(报告|记录)",
	    "2024年需求调研报告", true, true);
	check("^.{0,60}(需求调研|需求调查).{0,4}(报告|记录)",
	    "会议记录：讨论项目进度", false, false);
	/* An alternation needs a union of a set of each side, every such
	 * union: 记录 alone (a set of the first side's, with the second
	 * side's) is not enough, one of 漏洞|通告|威胁|安全态势 too. */
	check("^.{0,60}((漏洞|通告|威胁|安全态势).{0,6}(分析|记录)|安全态势|"
	    "(漏洞|安全)(通告|预警|公告))", "会议记录：讨论项目进度", false,
	    false);
	check("^.{0,60}((漏洞|通告|威胁|安全态势).{0,6}(分析|记录)|安全态势|"
	    "(漏洞|安全)(通告|预警|公告))", "漏洞扫描记录", true, true);
	check("^.{0,60}((漏洞|通告|威胁|安全态势).{0,6}(分析|记录)|安全态势|"
	    "(漏洞|安全)(通告|预警|公告))", "漏洞扫描结果汇总之会议记录",
	    false, true);
	check("^.{0,60}(需求调研|需求调查).{0,4}(报告|记录)",
	    "需求调研之后", false, false);
	check("(客户|运维)需求[^/]*$", "部门/客户需求说明.docx", true, true);
	check("(客户|运维)需求[^/]*$", "部门/客户说明.docx", false, false);
	/* Optional parts need nothing. */
	check("事件(处理)?记录", "事件记录", true, true);
	check("事件(处理)?记录", "事件处理", false, false);
	check("成本(估算|测算)?表", "成本表", true, true);
	/* Lookarounds consume nothing. */
	check("报告(?!模板)", "报告模板", false, true);
	check("(?<!旧)报告", "新报告", true, true);
	/* Quantified groups. */
	check("(ab){2,}c", "ababc", true, true);
	check("x{3}y", "xxxy", true, true);
	check("\\d{4}年度计划", "2026年度计划", true, true);
	check("\\d{4}年度计划", "年度总结", false, false);
	/* Escaped metacharacters are literals. */
	check("v1\\.0版", "v1.0版", true, true);
	check("v1\\.0版", "v1x0版", false, false);
}

static void
test_case(void **state)
{
	(void)state;
	/* KELVIN SIGN and LONG S match k and s caselessly. */
	check("kpi考核", "\xe2\x84\xaapi考核", true, true);
	check("sla报告", "\xc5\xbfla报告", true, true);
	/* Fullwidth Latin has case: it is never a literal. */
	check("ＳＬＡ报告", "ｓｌａ报告", true, true);
	check("ＳＬＡ报告", "ｓｌａ", false, false);
	/* Greek has case too. */
	check("Σ计划", "σ计划", true, true);
}

static void
test_unfollowed(void **state)
{
	(void)state;
	/* What the parser does not follow is a candidate everywhere. */
	check("(?x) s l a", "sla", true, true);
	check("(?x) s l a", "nothing", false, true);
	check("(a)\\1", "aa", true, true);
	check("(a)\\1", "bb", false, true);
	check("\\x{6587}件", "文件", true, true);
	check("a?", "", true, true);
	check("[计划]+", "计", true, true);
	check("(*UTF)计划", "x", false, true);
	/* Braces a newer pcre2 reads as a quantifier. */
	check("报告{,3}书", "报告{,3}书", true, true);
	check("报告{,3}书", "nothing", false, true);
	check("报告{ 1}书", "nothing", false, true);
	/* A one-byte literal would hit everywhere: not used. */
	check("a.*b", "zzz", false, true);
}

/* Is pattern src (alone) a candidate by prefilter_any_candidate? */
static bool
any_candidate(const char *src, const char *subject)
{
	struct prefilter *pf;
	const void *data = NULL;
	bool r;

	assert_int_equal(prefilter_new(&src, &data, 1, &pf), 0);
	r = prefilter_any_candidate(pf, subject, strlen(subject));
	prefilter_free(pf);
	return r;
}

static void
check_both(const char *src, const char *subject, bool want)
{
	check(src, subject, want, want);
	if (any_candidate(src, subject) != want)
		fail_msg("/%s/ on \"%s\": any_candidate %d, want %d", src,
		    subject, !want, want);
}

/*
 * The scan passes over the bytes no literal starts with (digits, spaces,
 * punctuation of a log line) on one look, and finds the literals of a
 * key in a flat table: a literal is still found after such bytes, at the
 * very end, in either case, and when it starts with a digit or a mark.
 */
static void
test_skips(void **state)
{
	(void)state;
	check_both("sla", "2026-03-17 19:00 ... SLA", true);
	check_both("sla", "2026-03-17 19:00 ... Sl", false);
	check_both("Sla报告", "0000 sLA报告", true);
	check_both("ab", "12 34 -- aB", true);
	check_both("ab", "12 34 -- a", false);
	check_both("ab", "ba", false);
	check_both("2026年度计划", "关于 2026年度计划", true);
	check_both("2026年度计划", "关于 2025年度计划", false);
	check_both("《管理制度》", "见《管理制度》第3条", true);
	check_both("《管理制度》", "见《管理》第3条", false);
	check_both("服务级别协议", "1.服务级别协议", true);
	check_both("服务级别协议", "1.服务级别协", false);
	/* Literals sharing their first character (one key), told apart by
	 * their heads, each needed in turn. */
	check_both("服务报告.*服务级别协议", "服务报告与服务级别协议", true);
	check_both("服务报告.*服务级别协议", "服务报告与服务级别", false);
	check_both("服务台(值班|交接)", "服务台交接表", true);
	check_both("服务台(值班|交接)", "服务台交班表", false);
	/* A key with a literal shorter than the heads compared at once
	 * (服 alone) beside longer ones (服务台): the short one is found
	 * where no longer one's head is. */
	check_both("服.{0,3}务|服务台值班", "服xx务", true);
	check("服.{0,3}务|服务台值班", "服xxxx务", false, true);
	/* Either side needs a string of each of its sets: 服 alone is no
	 * candidate ({服, 服务台值班} and {务, 服务台值班} are both
	 * needed). */
	check_both("服.{0,3}务|服务台值班", "服xx", false);
	check_both("服.{0,3}务", "服xx", false);
	check_both("服务台值班", "见服务台值班", true);
	check_both("服务台值班", "见服务台值", false);
}

/* Many patterns: each call names exactly the candidates. */
static void
test_many(void **state)
{
	const char *src[] = { "服务目录", "资产清单", "\\bsop\\b",
	    "^.{0,60}(巡检|维护)(记录|报告)" };
	const void *data[] = { (void *)0, (void *)1, (void *)2, (void *)3 };
	struct prefilter *pf;
	struct collect c;

	(void)state;
	assert_int_equal(prefilter_new(src, data, 4, &pf), 0);
	assert_int_equal(prefilter_unfiltered_count(pf), 0);
	assert_true(prefilter_literal_count(pf) >= 6);
	memset(&c, 0, sizeof(c));
	prefilter_each_candidate(pf, "IT资产清单与SOP", strlen("IT资产清单与SOP"),
	    collect_cb, &c);
	assert_false(c.seen[0]);
	assert_true(c.seen[1]);
	assert_true(c.seen[2]);
	assert_false(c.seen[3]);
	memset(&c, 0, sizeof(c));
	prefilter_each_candidate(pf, "2026 巡检报告", strlen("2026 巡检报告"),
	    collect_cb, &c);
	assert_true(c.seen[3]);
	assert_false(c.seen[1]);
	prefilter_free(pf);
}

/* Is pattern i of srcs[0..n) a candidate for subject, in one prefilter
 * of them all? */
static bool
candidate_among(const char *const *srcs, size_t n, size_t i,
    const char *subject)
{
	const void *data[8];
	struct prefilter *pf;
	struct collect c;
	size_t k;

	assert_true(n <= 8);
	for (k = 0; k < n; k++)
		data[k] = (const void *)(uintptr_t)k;
	memset(&c, 0, sizeof(c));
	assert_int_equal(prefilter_new(srcs, data, n, &pf), 0);
	prefilter_each_candidate(pf, subject, strlen(subject), collect_cb,
	    &c);
	if (c.seen[i] != prefilter_any_candidate(pf, subject,
	    strlen(subject)) && n == 1)
		fail_msg("any_candidate disagrees on \"%s\"", subject);
	prefilter_free(pf);
	return c.seen[i];
}

/* What prefilter_reach() says of pattern src alone. */
static size_t
reach_of(const char *src, bool *first_line)
{
	const void *data = NULL;
	struct prefilter *pf;
	size_t r;

	assert_int_equal(prefilter_new(&src, &data, 1, &pf), 0);
	r = prefilter_reach(pf, first_line);
	prefilter_free(pf);
	return r;
}

/* n ASCII 'x' then tail. */
static char *
after_x(size_t n, const char *tail)
{
	char *s = g_malloc(n + strlen(tail) + 1);

	memset(s, 'x', n);
	strcpy(s + n, tail);
	return s;
}

/*
 * A pattern anchored at the start with a bounded match is looked for
 * only as far as it can match: its literals beyond that (or past the
 * first line, when it cannot match a newline) make no candidate; an
 * unanchored pattern beside it still has the whole subject scanned.
 */
static void
test_reach(void **state)
{
	const char *t = "^.{0,60}(服务级别协议|sla)";
	const char *mixed[] = { t, "报告模板" };
	const char *mixed2[] = { t, "^报告|模板" };
	bool fl;
	char *s;

	(void)state;
	assert_int_equal(reach_of(t, &fl), 66);
	assert_true(fl);
	assert_int_equal(reach_of("^.{0,60}(?!.{0,10}分析)报告\\b", &fl), 62);
	assert_true(fl);
	assert_int_equal(reach_of("^(a|bb){2}服务$", &fl), 6);
	assert_int_equal(reach_of("^.{0,60}[^/]{0,3}报告", &fl), 65);
	assert_false(fl);
	assert_int_equal(reach_of("^.{0,60}\\s报告", &fl), 63);
	assert_false(fl);
	assert_int_equal(reach_of("^.{0,60}[a-z\\d]报告", &fl), 63);
	assert_true(fl);
	assert_int_equal(reach_of("^.{0,60}[\\t-z]报告", &fl), 63);
	assert_false(fl);
	/* Unbounded, unanchored, or anchored in one branch only. */
	assert_int_equal(reach_of("^.{0,60}报告.*", NULL), 0);
	assert_int_equal(reach_of("^.{0,60}报告+", NULL), 0);
	assert_int_equal(reach_of(".{0,60}报告", NULL), 0);
	assert_int_equal(reach_of("^服务|报告", NULL), 0);
	assert_int_equal(reach_of("(^服务)", NULL), 0);
	assert_int_equal(reach_of("^服务(?m)报告", NULL), 0);
	assert_int_equal(reach_of("^服务|^报告", NULL), 2);

	/* The 61st character is beyond ^.{0,60}: pcre2 agrees. */
	s = after_x(60, "服务级别协议");
	check_both(t, s, true);
	g_free(s);
	s = after_x(61, "服务级别协议");
	check_both(t, s, false);
	g_free(s);
	/* The same at every alignment of the reach's end in the eight
	 * bytes the scan counts characters by: prefixes of n characters
	 * mixing one- and three-byte ones. */
	for (size_t n = 52; n <= 66; n++) {
		for (size_t shape = 0; shape < 5; shape++) {
			GString *g = g_string_new(NULL);

			for (size_t i = 0; i < n; i++)
				g_string_append(g, (i + shape) % (shape + 2) ?
				    "x" : "服");
			g_string_append(g, "服务级别协议");
			check_both(t, g->str, n <= 60);
			g_string_free(g, TRUE);
		}
	}
	/* Within the longest alternative's reach: only a candidate. */
	s = after_x(61, "SLA");
	check(t, s, false, true);
	g_free(s);
	s = after_x(64, "SLA");
	check_both(t, s, false);
	g_free(s);
	/* Only the first line: '.' is no newline. */
	check_both(t, "公司\n服务级别协议", false);
	check_both(t, "服务级别协议\n公司", true);
	check_both("^.{0,60}\\s服务级别协议", "公司\n服务级别协议", true);
	check_both("^.{0,8}[^/]服务级别协议", "公司\n服务级别协议", true);
	/* Beside an unanchored pattern, the anchored one's literals far
	 * into the subject still count (a candidate only: no match). */
	s = after_x(500, "服务级别协议 报告模板");
	assert_true(candidate_among(mixed, 2, 1, s));
	assert_true(candidate_among(mixed, 2, 0, s));
	assert_true(candidate_among(mixed2, 2, 1, s));
	assert_false(candidate_among(mixed, 1, 0, s));
	g_free(s);
	s = after_x(500, "报告");
	assert_false(candidate_among(mixed2 + 1, 1, 0, s) &&
	    pcre_matches("^报告|模板", s));
	g_free(s);
}

struct order {
	size_t calls[16], n, stop_after;
};

static int
order_cb(const void *data, void *arg)
{
	struct order *o = arg;

	o->calls[o->n++] = (size_t)(uintptr_t)data;
	return o->n == o->stop_after;
}

/* Candidates come in pattern order, those that need no literal merged
 * in, and the first non-zero answer stops the calls (first match). */
static void
test_order(void **state)
{
	const char *src[] = { "(a)\\1", "资产清单", "(?x) b", "服务目录",
	    "报告{,3}书", "巡检记录" };
	const void *data[] = { (void *)0, (void *)1, (void *)2, (void *)3,
	    (void *)4, (void *)5 };
	const char *sub = "服务目录与资产清单";
	struct prefilter *pf;
	struct order o;

	(void)state;
	assert_int_equal(prefilter_new(src, data, 6, &pf), 0);
	assert_int_equal(prefilter_unfiltered_count(pf), 3);
	memset(&o, 0, sizeof(o));
	assert_int_equal(prefilter_each_candidate(pf, sub, strlen(sub),
	    order_cb, &o), 0);
	assert_int_equal(o.n, 5);
	assert_int_equal(o.calls[0], 0);
	assert_int_equal(o.calls[1], 1);
	assert_int_equal(o.calls[2], 2);
	assert_int_equal(o.calls[3], 3);
	assert_int_equal(o.calls[4], 4);
	memset(&o, 0, sizeof(o));
	o.stop_after = 3;
	assert_int_equal(prefilter_each_candidate(pf, sub, strlen(sub),
	    order_cb, &o), 1);
	assert_int_equal(o.n, 3);
	assert_int_equal(o.calls[2], 2);
	/* Nothing hit: the unfiltered ones alone. */
	memset(&o, 0, sizeof(o));
	assert_int_equal(prefilter_each_candidate(pf, "zzz", 3, order_cb, &o),
	    0);
	assert_int_equal(o.n, 3);
	assert_int_equal(o.calls[1], 2);
	assert_int_equal(o.calls[2], 4);
	prefilter_free(pf);
}

/* One pattern over every subject: a match is never left out. */
static void
check_pattern(const char *src, const GPtrArray *subjects, size_t *matches,
    size_t *left_out, size_t *checked)
{
	const void *data = NULL;
	struct prefilter *pf;
	pcre2_code *code;
	pcre2_match_data *md;
	PCRE2_SIZE off;
	struct collect c;
	int err;
	guint s;

	code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_CASELESS, &err, &off, NULL);
	assert_non_null(code);
	md = pcre2_match_data_create_from_pattern(code, NULL);
	assert_int_equal(prefilter_new(&src, &data, 1, &pf), 0);
	for (s = 0; s < subjects->len; s++) {
		const char *sub = subjects->pdata[s];
		bool m = pcre2_match(code, (PCRE2_SPTR)sub, strlen(sub), 0, 0,
		    md, NULL) >= 0;

		memset(&c, 0, sizeof(c));
		prefilter_each_candidate(pf, sub, strlen(sub), collect_cb, &c);
		(*checked)++;
		*matches += m;
		*left_out += !c.seen[0];
		if (m && !c.seen[0])
			fail_msg("/%s/ matches \"%s\" but was left out", src,
			    sub);
	}
	prefilter_free(pf);
	pcre2_match_data_free(md);
	pcre2_code_free(code);
}

/*
 * The [ignore] patterns: each against pcre2 over names that should be
 * ignored and names that should not, and ruleset_is_ignored (which runs
 * them through a prefilter) giving the same answer and pattern as the
 * patterns tried one by one.
 */
static void
test_ignore_sound(void **state)
{
	static const char *const names[] = {
		"~$报告.docx", "部门/.~lock.计划.odt#", "a/~WRL0001.tmp",
		"x.TMP", "a/.x.swp", ".recycle/a.docx", "a/#recycle/b",
		"@Recycle/x", ".Trash-1000/f", "d/.trash/f", "$RECYCLE.BIN/x",
		"RECYCLER/x", ".snapshot/x", "a/.snapshots/b", "lost+found/x",
		".git/config", "p/.svn/x", "@eaDir/x", "a/Thumbs.db",
		".DS_Store", "desktop.ini", "a/._x.docx", "管理制度.docx",
		"部门00/项目0001/log-000001.log", "a/recycled.txt",
		"git/readme.txt", "a.tmpl", "snapshot.pdf", "x~y.docx",
	};
	struct rules_compiler *rc = rules_compiler_new();
	struct rule_matcher *m = rule_matcher_new();
	struct ruleset *rs = NULL;
	GPtrArray *subjects = g_ptr_array_new();
	const char *why;
	size_t i, k, matches = 0, left_out = 0, checked = 0;
	long first;
	bool ign;

	(void)state;
	rules_compiler_add_path(rc, "rules", RULES_LAYER_PACK);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	assert_true(rs->ignore.n > 10);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		g_ptr_array_add(subjects, (gpointer)names[i]);
	for (k = 0; k < rs->ignore.n; k++)
		check_pattern(rs->ignore.v[k].source, subjects, &matches,
		    &left_out, &checked);
	assert_true(matches >= 20);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		ign = ruleset_is_ignored(rs, m, names[i], &why);
		first = rule_patterns_first_match(m, &rs->ignore, names[i],
		    strlen(names[i]));
		assert_int_equal(ign, first >= 0);
		if (ign)
			assert_string_equal(why, rs->ignore.v[first].source);
		else
			assert_null(why);
		/* The list above: 22 to ignore, then 7 to keep. */
		assert_int_equal(ign, i < 22);
	}
	g_ptr_array_free(subjects, TRUE);
	ruleset_free(rs);
	rule_matcher_free(m);
	rules_compiler_free(rc);
}

static int
count_cb(const void *data, void *arg)
{
	(void)data;
	(*(size_t *)arg)++;
	return 0;
}

/* prefilter_any_candidate() says what prefilter_each_candidate() does,
 * on each subject, on pairs of them run together (a candidate late in a
 * long subject, literals of one pattern far apart) and with KELVIN SIGN;
 * both answers occur often. */
static void
any_same_as_each(const struct ruleset *rs, const GPtrArray *subjects)
{
	const struct prefilter *pfs[2] = { rs->name_prefilter,
	    rs->title_prefilter };
	size_t yes = 0, no = 0, i, t, n;
	char *s;

	for (i = 0; i < 2 * subjects->len; i++) {
		if (i < subjects->len)
			s = g_strdup(subjects->pdata[i]);
		else
			s = g_strconcat(subjects->pdata[i % subjects->len],
			    "\xe2\x84\xaa" + (i % 3 == 0 ? 0 : 3),
			    subjects->pdata[(i * 7) % subjects->len], NULL);
		for (t = 0; t < 2; t++) {
			n = 0;
			prefilter_each_candidate(pfs[t], s, strlen(s),
			    count_cb, &n);
			assert_int_equal(prefilter_any_candidate(pfs[t], s,
			    strlen(s)), n > 0);
			if (n > 0)
				yes++;
			else
				no++;
		}
		g_free(s);
	}
	assert_true(yes > 100 && no > 100);
	/* The literals' bytes: CJK lead bytes, letters; no control byte. */
	assert_true(prefilter_literal_byte(rs->title_prefilter, 0xe7));
	assert_false(prefilter_literal_byte(rs->title_prefilter, '\n'));
	assert_false(prefilter_literal_byte(rs->name_prefilter, 0));
}

static int
collect_ptr_cb(const void *data, void *arg)
{
	g_hash_table_add(arg, (gpointer)(uintptr_t)data);
	return 0;
}

/*
 * The pack's title patterns in one prefilter, as classify runs them: it
 * scans only the title line's first characters (every title pattern is
 * ^.{0,60}...), and still names every pattern that matches a subject.
 */
static void
title_union_sound(const struct ruleset *rs, const GPtrArray *subjects)
{
	GHashTable *cand = g_hash_table_new(g_direct_hash, g_direct_equal);
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	size_t c, i, k, matches = 0;
	bool first_line = false;
	guint s;

	assert_true(prefilter_reach(rs->title_prefilter, &first_line) > 60);
	assert_true(prefilter_reach(rs->title_prefilter, NULL) < 200);
	assert_true(first_line);
	for (s = 0; s < subjects->len; s++) {
		const char *sub = subjects->pdata[s];

		g_hash_table_remove_all(cand);
		prefilter_each_candidate(rs->title_prefilter, sub, strlen(sub),
		    collect_ptr_cb, cand);
		for (c = 0; c < rs->n_clauses; c++)
			for (i = 0; i < rs->clauses[c].n_items; i++) {
				const struct rule_patterns *ps =
				    &rs->clauses[c].items[i].title;

				for (k = 0; k < ps->n; k++) {
					if (pcre2_match(ps->v[k].code,
					    (PCRE2_SPTR)sub, strlen(sub), 0, 0,
					    md, NULL) < 0)
						continue;
					matches++;
					if (!g_hash_table_contains(cand,
					    &ps->v[k]))
						fail_msg("/%s/ matches \"%s\" "
						    "but was left out",
						    ps->v[k].source, sub);
				}
			}
	}
	assert_true(matches > 100);
	pcre2_match_data_free(md);
	g_hash_table_destroy(cand);
}

/*
 * The shipped pack against pcre2: every name and title pattern, over
 * subjects that hit many of them (the pack's own labels, clause texts,
 * proofs and pattern sources, upper-cased, and the example share's
 * paths).  A match the prefilter left out would change a verdict.
 */
static void
test_pack_sound(void **state)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct ruleset *rs = NULL;
	GPtrArray *subjects = g_ptr_array_new_with_free_func(g_free);
	FILE *f;
	char line[4096];
	size_t c, i, k, matches = 0, left_out = 0, checked = 0;
	int t;

	(void)state;
	assert_non_null(rc);
	rules_compiler_add_path(rc, "rules", RULES_LAYER_PACK);
	rules_compiler_add_path(rc, "examples/rules.d", RULES_LAYER_SITE);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		g_ptr_array_add(subjects, g_strdup(cl->text));
		g_ptr_array_add(subjects, g_strdup(cl->proof));
		for (i = 0; i < cl->n_items; i++) {
			const struct rule_item *it = &cl->items[i];

			g_ptr_array_add(subjects, g_strdup(it->label));
			g_ptr_array_add(subjects, g_ascii_strup(it->label, -1));
			/* Near the end of a title pattern's reach, and on
			 * a second line. */
			g_ptr_array_add(subjects, after_x(55, it->label));
			g_ptr_array_add(subjects, after_x(59, it->label));
			g_ptr_array_add(subjects, g_strconcat("封面\n",
			    it->label, NULL));
			for (k = 0; k < it->name.n; k++)
				g_ptr_array_add(subjects,
				    g_strdup(it->name.v[k].source));
		}
	}
	f = popen("cd examples/share && find . -type f | cut -c3-", "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		g_ptr_array_add(subjects, g_strdup(line));
		g_ptr_array_add(subjects, g_ascii_strdown(line, -1));
	}
	pclose(f);

	for (c = 0; c < rs->n_clauses; c++) {
		for (i = 0; i < rs->clauses[c].n_items; i++) {
			const struct rule_item *it = &rs->clauses[c].items[i];

			for (t = 0; t < 2; t++) {
				const struct rule_patterns *ps = t ? &it->title :
				    &it->name;

				for (k = 0; k < ps->n; k++)
					check_pattern(ps->v[k].source,
					    subjects, &matches, &left_out,
					    &checked);
			}
		}
	}
	/* The check means something: many matches, most pairs left out. */
	assert_true(matches > 200);
	assert_true(left_out > checked * 9 / 10);
	assert_int_equal(prefilter_unfiltered_count(rs->name_prefilter), 0);
	assert_int_equal(prefilter_unfiltered_count(rs->title_prefilter), 0);
	any_same_as_each(rs, subjects);
	title_union_sound(rs, subjects);
	g_ptr_array_free(subjects, TRUE);
	ruleset_free(rs);
	rules_compiler_free(rc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literals),
		cmocka_unit_test(test_case),
		cmocka_unit_test(test_unfollowed),
		cmocka_unit_test(test_skips),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_reach),
		cmocka_unit_test(test_ignore_sound),
		cmocka_unit_test(test_pack_sound),
	};

	unsetenv("EVIDENCED_NO_PREFILTER");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
