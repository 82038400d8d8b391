/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_rules.c - the rule compiler: a good pack, the site layer, every
 * kind of bad input (exact "file:line: message" diagnostics), directories
 * and the pattern matching helpers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/rules.h"

/* Lines are numbered in the comments: the tests check them. */
/* The matcher every test matches with (mutable scratch, not rules). */
static struct rule_matcher *mt;

static int
setup_matcher(void **state)
{
	(void)state;
	mt = rule_matcher_new();
	return mt == NULL ? -1 : 0;
}

static int
teardown_matcher(void **state)
{
	(void)state;
	rule_matcher_free(mt);
	return 0;
}

static const char good_pack[] =
    "# a small pack\n"                                  /* 1 */
    "[defaults]\n"                                      /* 2 */
    "exclude = 模板|template\n"                         /* 3 */
    "types = document pdf\n"                            /* 4 */
    "\n"                                                /* 5 */
    "[ignore]\n"                                        /* 6 */
    "path = (^|/)~\\$\n"                                /* 7 */
    "\t(^|/)\\.recycle(/|$)   ; samba vfs_recycle\n"    /* 8 */
    "\n"                                                /* 9 */
    "[35]\n"                                            /* 10 */
    "phase = 准备阶段—服务协议的特殊要求\n"             /* 11 */
    "text = 明确安全运维的方式，\n"                     /* 12 */
    "  包括驻场\n"                                      /* 13 */
    "proof = 服务级别协议\n"                            /* 14 */
    "levels = 1 2\n"                                    /* 15 */
    "\n"                                                /* 16 */
    "[35/sla]\n"                                        /* 17 */
    "label = 服务级别协议\n"                            /* 18 */
    "name = 服务级别协议|服务水平协议\n"                /* 19 */
    "\t\\bSLA\\b\n"                                     /* 20 */
    "title = ^.{0,80}服务级别协议\n"                    /* 21 */
    "exclude = 草稿\n"                                  /* 22 */
    "max_age = 2w\n"                                    /* 23 */
    "min_files = 2\n"                                   /* 24 */
    "\n"                                                /* 25 */
    "[obs-1]\n"                                         /* 26 */
    "text = Site\n"                                     /* 27 */
    "  specific\n"                                      /* 28 */
    "levels = 2,3\n"                                    /* 29 */
    "note = added by us\n"                              /* 30 */
    "[obs-1/x]\n"                                       /* 31 */
    "label = X\n"                                       /* 32 */
    "name = foo\n"                                      /* 33 */
    "types = image\n"                                   /* 34 */
    "[7]\n"                                             /* 35 */
    "text = seven\n"                                    /* 36 */
    "levels = 2\n"                                      /* 37 */
    "[7/a]\n"                                           /* 38 */
    "label = a\n"                                       /* 39 */
    "title = aaa\n"                                     /* 40 */
    "max_age = 6m\n"                                    /* 41 */
    "content_all = 驻场\n"                              /* 42 */
    "content_any = 现场\n"                              /* 43 */
    "\t远程\n"                                          /* 44 */
    "[7/b]\n"                                           /* 45 */
    "label = b\n"                                       /* 46 */
    "name = bbb\n"                                      /* 47 */
    "max_age = 1y\n";                                   /* 48 */

/* Compile pack (+ optional site); returns the compiler, sets *rs. */
static struct rules_compiler *
compile2(const char *pack, const char *site, struct ruleset **rs, int *ret)
{
	struct rules_compiler *rc;

	rc = rules_compiler_new();
	assert_non_null(rc);
	assert_int_equal(rules_compiler_add_string(rc, "pack.rules", pack,
	    RULES_LAYER_PACK), 0);
	if (site != NULL)
		assert_int_equal(rules_compiler_add_string(rc, "site.rules",
		    site, RULES_LAYER_SITE), 0);
	*ret = rules_compiler_finish(rc, rs);
	return rc;
}

static void
dump_errors(const struct rules_compiler *rc)
{
	size_t i;

	for (i = 0; i < rules_compiler_error_count(rc); i++)
		print_message("  error: %s\n", rules_compiler_error(rc, i));
}

static struct ruleset *
compile_ok(const char *pack, const char *site)
{
	struct rules_compiler *rc;
	struct ruleset *rs = NULL;
	int ret;

	rc = compile2(pack, site, &rs, &ret);
	if (ret != 0)
		dump_errors(rc);
	assert_int_equal(ret, 0);
	assert_int_equal(rules_compiler_error_count(rc), 0);
	assert_non_null(rs);
	rules_compiler_free(rc);
	return rs;
}

static bool
starts_with(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Compile one bad string (layer given) and check that the errors are
 * exactly the given prefixes, in order.
 */
static void
expect_errors_layer(const char *text, enum rules_layer layer,
    const char *const *want)
{
	struct rules_compiler *rc;
	struct ruleset *rs = (struct ruleset *)1;
	size_t i, n = 0;

	while (want[n] != NULL)
		n++;
	rc = rules_compiler_new();
	assert_non_null(rc);
	if (layer == RULES_LAYER_SITE)
		assert_int_equal(rules_compiler_add_string(rc, "pack.rules",
		    "[1]\ntext = t\nlevels = 1\n[1/a]\nlabel = a\nname = a\n",
		    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_string(rc, "t.rules", text,
	    layer), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_null(rs);
	if (rules_compiler_error_count(rc) != n)
		dump_errors(rc);
	assert_int_equal(rules_compiler_error_count(rc), n);
	for (i = 0; i < n; i++) {
		if (!starts_with(rules_compiler_error(rc, i), want[i]))
			print_message("  want '%s'\n  got  '%s'\n", want[i],
			    rules_compiler_error(rc, i));
		assert_true(starts_with(rules_compiler_error(rc, i), want[i]));
	}
	assert_null(rules_compiler_error(rc, n));
	rules_compiler_free(rc);
}

#define EXPECT(text, ...) do {                                          \
	const char *const want_[] = { __VA_ARGS__, NULL };              \
	expect_errors_layer((text), RULES_LAYER_PACK, want_);           \
} while (0)
#define EXPECT_SITE(text, ...) do {                                     \
	const char *const want_[] = { __VA_ARGS__, NULL };              \
	expect_errors_layer((text), RULES_LAYER_SITE, want_);           \
} while (0)

/* A minimal valid clause with one item, to wrap single bad keys. */
#define OKCLAUSE "[1]\ntext = t\nlevels = 1\n[1/a]\nlabel = a\n"

/* ------------------------------------------------------------------ */

static void
test_typeclass(void **state)
{
	char buf[64];
	unsigned cls = 0;

	(void)state;
	assert_string_equal(ev_typeclass_name(EV_TYPE_DOCUMENT), "document");
	assert_string_equal(ev_typeclass_name(EV_TYPE_IMAGE), "image");
	assert_string_equal(ev_typeclass_name(EV_TYPE_OTHER), "other");
	assert_string_equal(ev_typeclass_name(0), "other");
	assert_string_equal(ev_typeclass_name(EV_TYPE_PDF | EV_TYPE_TEXT),
	    "other");
	assert_int_equal(ev_typeclass_parse("spreadsheet", &cls), 0);
	assert_int_equal(cls, EV_TYPE_SPREADSHEET);
	assert_int_equal(ev_typeclass_parse("presentation", &cls), 0);
	assert_int_equal(cls, EV_TYPE_PRESENTATION);
	assert_int_equal(ev_typeclass_parse("docx", &cls), -EINVAL);
	assert_int_equal(ev_typeclass_parse("", &cls), -EINVAL);
	assert_int_equal(ev_typeclass_parse(NULL, &cls), -EINVAL);
	assert_string_equal(ev_typeclass_mask_str(EV_TYPE_DOCUMENT |
	    EV_TYPE_PDF | EV_TYPE_TEXT, buf, sizeof(buf)), "document pdf text");
	assert_string_equal(ev_typeclass_mask_str(0, buf, sizeof(buf)), "");
	assert_string_equal(ev_typeclass_mask_str(EV_TYPE_ANY_EVIDENCE, buf,
	    sizeof(buf)),
	    "document spreadsheet presentation pdf text image");
	/* Truncation keeps whole words. */
	assert_string_equal(ev_typeclass_mask_str(EV_TYPE_DOCUMENT |
	    EV_TYPE_PDF, buf, 12), "document");
	assert_string_equal(ev_typeclass_mask_str(EV_TYPE_DOCUMENT |
	    EV_TYPE_PDF, buf, 13), "document pdf");
}

static void
test_good_pack(void **state)
{
	struct ruleset *rs;
	const struct rule_clause *c;
	const struct rule_item *it;
	const char *why = NULL;

	(void)state;
	rs = compile_ok(good_pack, NULL);
	/* Numeric ids in numeric order first, then site ids as defined. */
	assert_int_equal(rs->n_clauses, 3);
	assert_string_equal(rs->clauses[0].id, "7");
	assert_string_equal(rs->clauses[1].id, "35");
	assert_string_equal(rs->clauses[2].id, "obs-1");
	assert_int_equal(rs->n_files, 1);
	assert_string_equal(rs->files[0], "pack.rules");

	c = ruleset_find_clause(rs, "35");
	assert_ptr_equal(c, &rs->clauses[1]);
	assert_null(ruleset_find_clause(rs, "36"));
	assert_null(ruleset_find_clause(rs, "35/sla"));
	assert_string_equal(c->phase, "准备阶段—服务协议的特殊要求");
	/* Chinese continuation lines join directly. */
	assert_string_equal(c->text, "明确安全运维的方式，包括驻场");
	assert_string_equal(c->proof, "服务级别协议");
	assert_null(c->note);
	assert_int_equal(c->levels, EV_LEVEL_BIT(1) | EV_LEVEL_BIT(2));
	assert_true(rule_clause_applies(c, 1));
	assert_true(rule_clause_applies(c, 2));
	assert_false(rule_clause_applies(c, 3));
	assert_false(rule_clause_applies(c, 0));
	assert_false(rule_clause_applies(c, 4));
	assert_string_equal(c->file, "pack.rules");
	assert_int_equal(c->line, 10);

	assert_int_equal(c->n_items, 1);
	it = &c->items[0];
	assert_string_equal(it->id, "sla");
	assert_string_equal(it->label, "服务级别协议");
	assert_ptr_equal(it->clause, c);
	assert_int_equal(it->line, 17);
	assert_int_equal(it->name.n, 2);
	assert_string_equal(it->name.v[0].source, "服务级别协议|服务水平协议");
	assert_int_equal(it->name.v[0].line, 19);
	assert_string_equal(it->name.v[1].source, "\\bSLA\\b");
	assert_int_equal(it->name.v[1].line, 20);
	assert_string_equal(it->name.v[1].file, "pack.rules");
	assert_int_equal(it->title.n, 1);
	assert_int_equal(it->content_all.n, 0);
	/* Own exclude first, then [defaults] exclude. */
	assert_int_equal(it->exclude.n, 2);
	assert_string_equal(it->exclude.v[0].source, "草稿");
	assert_string_equal(it->exclude.v[1].source, "模板|template");
	assert_int_equal(it->exclude.v[1].line, 3);
	assert_int_equal(it->types, EV_TYPE_DOCUMENT | EV_TYPE_PDF);
	assert_int_equal(it->min_files, 2);
	assert_int_equal(it->max_age, 14L * 86400);

	c = ruleset_find_clause(rs, "obs-1");
	assert_non_null(c);
	/* ASCII words across lines keep a space. */
	assert_string_equal(c->text, "Site specific");
	assert_string_equal(c->phase, "");
	assert_string_equal(c->proof, "");
	assert_string_equal(c->note, "added by us");
	assert_int_equal(c->levels, EV_LEVEL_BIT(2) | EV_LEVEL_BIT(3));
	assert_int_equal(c->items[0].types, EV_TYPE_IMAGE);
	assert_int_equal(c->items[0].min_files, 1);
	assert_int_equal(c->items[0].max_age, 0);

	c = ruleset_find_clause(rs, "7");
	assert_int_equal(c->n_items, 2);
	assert_string_equal(c->items[0].id, "a");
	assert_string_equal(c->items[1].id, "b");
	assert_int_equal(c->items[0].max_age, 180L * 86400);
	assert_int_equal(c->items[1].max_age, 365L * 86400);
	assert_int_equal(c->items[0].content_all.n, 1);
	assert_int_equal(c->items[0].content_any.n, 2);
	assert_string_equal(c->items[0].content_any.v[1].source, "远程");
	assert_int_equal(c->items[0].exclude.n, 1);

	/* [ignore]; the inline comment is not part of the pattern. */
	assert_int_equal(rs->ignore.n, 2);
	assert_string_equal(rs->ignore.v[1].source, "(^|/)\\.recycle(/|$)");
	assert_true(ruleset_is_ignored(rs, mt, "合同/~$服务级别协议.docx", &why));
	assert_string_equal(why, "(^|/)~\\$");
	assert_true(ruleset_is_ignored(rs, mt, ".recycle", &why));
	assert_string_equal(why, "(^|/)\\.recycle(/|$)");
	assert_true(ruleset_is_ignored(rs, mt, "a/.recycle/b.docx", NULL));
	assert_false(ruleset_is_ignored(rs, mt, "合同/服务级别协议.docx", &why));
	assert_null(why);
	assert_false(ruleset_is_ignored(rs, mt, "a/x.recycle", NULL));
	ruleset_free(rs);
}

static void
test_bom_crlf_and_inline_comments(void **state)
{
	struct ruleset *rs;
	const struct rule_item *it;

	(void)state;
	rs = compile_ok("\xEF\xBB\xBF[1]\r\ntext = a ; comment\r\n"
	    "levels = 1 ; one\r\n[1/a]\r\nlabel = a\r\n"
	    "name = x;y ; a ';' needs no space before it\r\n"
	    "  [;]z\r\n", NULL);
	it = &rs->clauses[0].items[0];
	assert_string_equal(rs->clauses[0].text, "a");
	assert_int_equal(it->name.n, 2);
	assert_string_equal(it->name.v[0].source, "x;y");
	assert_string_equal(it->name.v[1].source, "[;]z");
	assert_int_equal(it->name.v[1].line, 7);
	/* No [defaults]: the built-in types and no exclude. */
	assert_int_equal(it->types, EV_TYPE_ANY_EVIDENCE);
	assert_int_equal(it->exclude.n, 0);
	assert_int_equal(rs->ignore.n, 0);
	ruleset_free(rs);
}

static void
test_site_layer(void **state)
{
	static const char site[] =
	    "[35/sla]\n"
	    "+name = 服务承诺书\n"
	    "exclude = 旧版\n"
	    "types = document\n"
	    "[7]\n"
	    "enabled = no\n"
	    "[35]\n"
	    "levels = 1\n"
	    "note = we are 一级\n"
	    "[35/new]\n"
	    "label = 新\n"
	    "name = 新的\n"
	    "[obs-2]\n"
	    "text = 新条款\n"
	    "levels = 3\n"
	    "[obs-2/i]\n"
	    "label = i\n"
	    "title = i\n"
	    "[obs-1/x]\n"
	    "enabled = no\n"
	    "[obs-1/y]\n"
	    "label = y\n"
	    "name = yy\n"
	    "[defaults]\n"
	    "+exclude = 副本\n"
	    "[ignore]\n"
	    "path = ^scratch/\n";
	struct ruleset *rs;
	const struct rule_clause *c;
	const struct rule_item *it;

	(void)state;
	rs = compile_ok(good_pack, site);
	assert_null(ruleset_find_clause(rs, "7"));
	assert_int_equal(rs->n_clauses, 3);
	assert_string_equal(rs->clauses[0].id, "35");
	assert_string_equal(rs->clauses[1].id, "obs-1");
	assert_string_equal(rs->clauses[2].id, "obs-2");
	assert_int_equal(rs->n_files, 2);
	assert_string_equal(rs->files[1], "site.rules");

	c = ruleset_find_clause(rs, "35");
	/* Replaced keys, kept keys, file/line of the first definition. */
	assert_int_equal(c->levels, EV_LEVEL_BIT(1));
	assert_string_equal(c->note, "we are 一级");
	assert_string_equal(c->text, "明确安全运维的方式，包括驻场");
	assert_string_equal(c->file, "pack.rules");
	assert_int_equal(c->n_items, 2);
	it = &c->items[0];
	assert_string_equal(it->id, "sla");
	assert_int_equal(it->name.n, 3);
	assert_string_equal(it->name.v[2].source, "服务承诺书");
	assert_string_equal(it->name.v[2].file, "site.rules");
	assert_int_equal(it->name.v[2].line, 2);
	/* exclude replaced, then [defaults] exclude plus the site's '+'. */
	assert_int_equal(it->exclude.n, 3);
	assert_string_equal(it->exclude.v[0].source, "旧版");
	assert_string_equal(it->exclude.v[1].source, "模板|template");
	assert_string_equal(it->exclude.v[2].source, "副本");
	assert_int_equal(it->types, EV_TYPE_DOCUMENT);
	assert_int_equal(it->max_age, 14L * 86400);
	assert_string_equal(c->items[1].id, "new");
	assert_string_equal(c->items[1].file, "site.rules");
	assert_int_equal(c->items[1].line, 10);

	c = ruleset_find_clause(rs, "obs-1");
	assert_int_equal(c->n_items, 1);
	assert_string_equal(c->items[0].id, "y");
	c = ruleset_find_clause(rs, "obs-2");
	assert_int_equal(c->levels, EV_LEVEL_BIT(3));
	assert_string_equal(c->items[0].title.v[0].source, "i");

	/* [ignore] in a drop-in adds to the pack's list. */
	assert_int_equal(rs->ignore.n, 3);
	assert_true(ruleset_is_ignored(rs, mt, "scratch/a.docx", NULL));
	assert_true(ruleset_is_ignored(rs, mt, "~$a.docx", NULL));
	ruleset_free(rs);
}

static void
test_site_clear_and_replace(void **state)
{
	struct ruleset *rs;
	const struct rule_item *it;

	(void)state;
	/* "key =" with no value clears in a drop-in; title remains. */
	rs = compile_ok(good_pack, "[35/sla]\nname =\ncontent_all = 驻场\n"
	    "[defaults]\nexclude = 样例\ntypes = pdf\n");
	it = &ruleset_find_clause(rs, "35")->items[0];
	assert_int_equal(it->name.n, 0);
	assert_int_equal(it->title.n, 1);
	assert_int_equal(it->content_all.n, 1);
	assert_int_equal(it->exclude.n, 2);
	assert_string_equal(it->exclude.v[1].source, "样例");
	/* sla sets no types: the site's [defaults] types apply. */
	assert_int_equal(it->types, EV_TYPE_PDF);
	it = &ruleset_find_clause(rs, "obs-1")->items[0];
	assert_int_equal(it->types, EV_TYPE_IMAGE);
	ruleset_free(rs);

	/* Clearing both name and title leaves the item unidentifiable. */
	EXPECT_SITE("[1/a]\nname =\n",
	    "pack.rules:4: item 1/a has no pattern: give 'name', 'title' or 'terms'");
	/* Re-enabling a dropped clause in a later drop-in. */
	rs = compile_ok(good_pack, "[7]\nenabled = no\n[7]\nenabled = yes\n");
	assert_non_null(ruleset_find_clause(rs, "7"));
	ruleset_free(rs);
}

static void
test_levels_and_values(void **state)
{
	struct ruleset *rs;

	(void)state;
	rs = compile_ok("[1]\ntext = t\nlevels = 3,1\n[1/a]\nlabel = a\n"
	    "name = a\nmax_age = 90d\nmin_files = 1000\ntypes = text,pdf "
	    "spreadsheet\nenabled = yes\n", NULL);
	assert_int_equal(rs->clauses[0].levels, EV_LEVEL_BIT(1) |
	    EV_LEVEL_BIT(3));
	assert_int_equal(rs->clauses[0].items[0].max_age, 90L * 86400);
	assert_int_equal(rs->clauses[0].items[0].min_files, 1000);
	assert_int_equal(rs->clauses[0].items[0].types, EV_TYPE_TEXT |
	    EV_TYPE_PDF | EV_TYPE_SPREADSHEET);
	ruleset_free(rs);

	rs = compile_ok("[1]\ntext = t\nlevels =\n  1\n  2\n[1/a]\nlabel = a\n"
	    "name = a\nmax_age = 12w\n", NULL);
	assert_int_equal(rs->clauses[0].levels, EV_LEVEL_BIT(1) |
	    EV_LEVEL_BIT(2));
	assert_int_equal(rs->clauses[0].items[0].max_age, 84L * 86400);
	ruleset_free(rs);

	EXPECT("[1]\ntext = t\nlevels = 1 4\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:3: bad level '4' in 'levels'");
	EXPECT("[1]\ntext = t\nlevels = 0\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:3: bad level '0' in 'levels'");
	EXPECT("[1]\ntext = t\nlevels = 12\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:3: bad level '12' in 'levels'");
	EXPECT("[1]\ntext = t\nlevels =\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:3: empty 'levels'");
	EXPECT("[1]\ntext = t\nlevels = , ,\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:3: empty 'levels'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 5x\n",
	    "t.rules:7: bad max_age '5x'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 0d\n",
	    "t.rules:7: bad max_age '0d'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 30\n",
	    "t.rules:7: bad max_age '30'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 1yy\n",
	    "t.rules:7: bad max_age '1yy'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 101y\n",
	    "t.rules:7: bad max_age '101y'");
	EXPECT(OKCLAUSE "name = a\nmax_age = 99999999999999999999d\n",
	    "t.rules:7: bad max_age '99999999999999999999d'");
	EXPECT(OKCLAUSE "name = a\nmin_files = 0\n",
	    "t.rules:7: bad min_files '0'");
	EXPECT(OKCLAUSE "name = a\nmin_files = 1001\n",
	    "t.rules:7: bad min_files '1001'");
	EXPECT(OKCLAUSE "name = a\nmin_files = -1\n",
	    "t.rules:7: bad min_files '-1'");
	EXPECT(OKCLAUSE "name = a\nmin_files = 2 files\n",
	    "t.rules:7: bad min_files '2 files'");
	EXPECT(OKCLAUSE "name = a\ntypes = docx pdf\n",
	    "t.rules:7: bad type 'docx' in 'types'");
	EXPECT(OKCLAUSE "name = a\ntypes = other\n",
	    "t.rules:7: bad type 'other' in 'types'");
	EXPECT(OKCLAUSE "name = a\ntypes =\n",
	    "t.rules:7: empty 'types'");
	EXPECT(OKCLAUSE "name = a\nenabled = maybe\n",
	    "t.rules:7: bad enabled 'maybe': expected yes or no");
	EXPECT("[defaults]\ntypes = pdf image foo\n" OKCLAUSE "name = a\n",
	    "t.rules:2: bad type 'foo' in 'types'");
}

static void
test_bad_sections(void **state)
{
	(void)state;
	EXPECT("[35/a/b]\nlabel = x\n" OKCLAUSE "name = a\n",
	    "t.rules:1: unknown section '[35/a/b]': expected [defaults], "
	    "[ignore], [ID] or [ID/ITEM]");
	EXPECT(OKCLAUSE "name = a\n[]\n",
	    "t.rules:7: unknown section '[]'");
	EXPECT(OKCLAUSE "name = a\n\n[Defaults]\nexclude = x\n",
	    "t.rules:8: unknown section '[Defaults]' (did you mean "
	    "'[defaults]'?)");
	EXPECT("[3 5]\ntext = x\n" OKCLAUSE "name = a\n",
	    "t.rules:1: invalid clause id '3 5'");
	EXPECT("[-x]\n" OKCLAUSE "name = a\n",
	    "t.rules:1: invalid clause id '-x'");
	EXPECT("[035]\n" OKCLAUSE "name = a\n",
	    "t.rules:1: invalid clause id '035': no leading zeros");
	EXPECT(OKCLAUSE "name = a\n[1/服务]\nlabel = x\n",
	    "t.rules:7: invalid item id '服务'");
	EXPECT(OKCLAUSE "name = a\n[1/]\n",
	    "t.rules:7: invalid item id ''");
	EXPECT(OKCLAUSE "name = a\n[2\ntext = x\n",
	    "t.rules:7: missing ']' in section header");
	EXPECT(OKCLAUSE "name = a\n[2] x\n",
	    "t.rules:7: unexpected text after ']'",
	    "t.rules:7: clause 2 has no 'text'",
	    "t.rules:7: clause 2 has no 'levels'",
	    "t.rules:7: clause 2 has no items");
	/* A trailing comment after ']' is fine. */
	EXPECT(OKCLAUSE "name = a\n[2] ; comment\n",
	    "t.rules:7: clause 2 has no 'text'",
	    "t.rules:7: clause 2 has no 'levels'",
	    "t.rules:7: clause 2 has no items");
	EXPECT("text = x\n" OKCLAUSE "name = a\n",
	    "t.rules:1: key 'text' outside of any section");
	EXPECT("[defaults]\ntypes = pdf\n" OKCLAUSE "name = a\n[defaults]\n",
	    "t.rules:9: duplicate [defaults] section in the pack (first at "
	    "t.rules:1)");
	/* Several [ignore] sections are fine. */
	EXPECT("[ignore]\npath = a\n[ignore]\npath = b\n[1]\n",
	    "t.rules:5: clause 1 has no 'text'",
	    "t.rules:5: clause 1 has no 'levels'",
	    "t.rules:5: clause 1 has no items");
}

static void
test_bad_keys(void **state)
{
	(void)state;
	EXPECT(OKCLAUSE "nmae = a\n",
	    "t.rules:6: unknown key 'nmae' (did you mean 'name'?)",
	    "t.rules:4: item 1/a has no pattern: give 'name', 'title' or 'terms'");
	EXPECT(OKCLAUSE "name = a\nlable = x\n",
	    "t.rules:7: unknown key 'lable' (did you mean 'label'?)");
	EXPECT(OKCLAUSE "name = a\nmaxage = 1y\n",
	    "t.rules:7: unknown key 'maxage' (did you mean 'max_age'?)");
	EXPECT(OKCLAUSE "name = a\nfrobnicate = 1\n",
	    "t.rules:7: unknown key 'frobnicate'");
	EXPECT("[1]\ntext = t\nlevels = 1\nlabel = x\n[1/a]\nlabel = a\n"
	    "name = a\n",
	    "t.rules:4: key 'label' is not allowed in a clause section [ID]");
	EXPECT("[ignore]\nname = x\n" OKCLAUSE "name = a\n",
	    "t.rules:2: key 'name' is not allowed in [ignore]");
	EXPECT(OKCLAUSE "name = a\nname = b\n",
	    "t.rules:7: duplicate key 'name' (first at line 6)");
	EXPECT(OKCLAUSE "name = a\n  b\n\nname = c\n",
	    "t.rules:9: duplicate key 'name' (first at line 6)");
	EXPECT(OKCLAUSE "name = a\n= b\n",
	    "t.rules:7: missing key name before '='");
	EXPECT(OKCLAUSE "name = a\njust some words\n",
	    "t.rules:7: expected 'key = value', '[section]' or a comment");
	/* '+key' in the pack, on a non-pattern key in a drop-in. */
	EXPECT(OKCLAUSE "+name = a\n",
	    "t.rules:6: '+name' is only allowed in a site drop-in",
	    "t.rules:4: item 1/a has no pattern: give 'name', 'title' or 'terms'");
	EXPECT_SITE("[1/a]\n+label = b\n+name = b\n",
	    "t.rules:2: '+label': only pattern keys");
	EXPECT_SITE("[1]\n+levels = 2\n",
	    "t.rules:2: '+levels': only pattern keys");
	EXPECT_SITE("[1/a]\n+name =\n",
	    "t.rules:2: empty value for '+name'");
	EXPECT(OKCLAUSE "name =\n",
	    "t.rules:6: empty value for 'name'");
	EXPECT("[1]\ntext =\nlevels = 1\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:2: empty value for 'text'");
}

static void
test_bad_patterns(void **state)
{
	(void)state;
	EXPECT(OKCLAUSE "name = 服务|(abc\n",
	    "t.rules:6: bad pattern in 'name': missing closing parenthesis "
	    "at offset 11");
	/* Each continuation line is its own pattern with its own line. */
	EXPECT(OKCLAUSE "name = ok\n  also ok\n  a[b\n  x{2,1}\n",
	    "t.rules:8: bad pattern in 'name': missing terminating ] for "
	    "character class at offset 3",
	    "t.rules:9: bad pattern in 'name': numbers out of order in {} "
	    "quantifier at offset 5");
	EXPECT("[ignore]\npath = (?<!a+)b\n" OKCLAUSE "name = a\n",
	    "t.rules:2: bad pattern in 'path': ");
	EXPECT("[defaults]\nexclude = *x\n" OKCLAUSE "name = a\n",
	    "t.rules:2: bad pattern in 'exclude': quantifier does not follow "
	    "a repeatable item at offset 0");
	/* A pattern matching "" would match every file. */
	EXPECT(OKCLAUSE "name = 服务级别协议|\n",
	    "t.rules:6: pattern '服务级别协议|' in 'name' matches the empty "
	    "string");
	EXPECT(OKCLAUSE "name = a\ncontent_any = x?\n",
	    "t.rules:7: pattern 'x?' in 'content_any' matches the empty "
	    "string");
	EXPECT(OKCLAUSE "title = ^\n",
	    "t.rules:6: pattern '^' in 'title' matches the empty string");
}

static void
test_bad_structure(void **state)
{
	struct rules_compiler *rc;
	struct ruleset *rs = NULL;

	(void)state;
	EXPECT("[1]\ntext = t\nlevels = 1\n[1/a]\nlabel = a\n",
	    "t.rules:4: item 1/a has no pattern: give 'name', 'title' or 'terms'");
	EXPECT("[1]\ntext = t\nlevels = 1\n",
	    "t.rules:1: clause 1 has no items: add an [1/ITEM] section");
	EXPECT("[1]\nlevels = 1\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:1: clause 1 has no 'text'");
	EXPECT("[1]\ntext = x\n[1/a]\nlabel = a\nname = a\n",
	    "t.rules:1: clause 1 has no 'levels'");
	EXPECT("[1/a]\nname = a\n",
	    "t.rules:1: item 1/a belongs to clause 1, which is not defined");
	EXPECT(OKCLAUSE "name = a\n[1/b]\nname = b\n",
	    "t.rules:7: item 1/b has no 'label'");
	/* An item whose clause is disabled goes quietly with it. */
	EXPECT_SITE("[1]\nenabled = no\n[2/x]\nenabled = no\n[3/y]\nlabel = y\n"
	    "name = y\n",
	    "t.rules:5: item 3/y belongs to clause 3, which is not defined");
	EXPECT_SITE("[1/a]\nenabled = no\n",
	    "pack.rules:1: clause 1 has no items");
	/* Items may come before their clause, in another file. */
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_string(rc, "a.rules",
	    "[1/a]\nlabel = a\nname = a\n", RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_string(rc, "b.rules",
	    "[1]\ntext = t\nlevels = 1\n", RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	assert_int_equal(rs->clauses[0].n_items, 1);
	assert_string_equal(rs->clauses[0].items[0].file, "a.rules");
	ruleset_free(rs);
	rules_compiler_free(rc);
}

static void
test_duplicates_across_files(void **state)
{
	struct rules_compiler *rc;
	struct ruleset *rs = (struct ruleset *)1;

	(void)state;
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_string(rc, "x.rules",
	    "# clause 35\n[35]\ntext = t\nlevels = 1\n[35/sla]\nlabel = a\n"
	    "name = a\n", RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_string(rc, "y.rules",
	    "\n\n[35]\ntext = u\nlevels = 2\n[35/sla]\nlabel = b\nname = b\n"
	    "[defaults]\n", RULES_LAYER_PACK), 0);
	/* In drop-ins the same sections override instead. */
	assert_int_equal(rules_compiler_add_string(rc, "z.rules",
	    "[35]\nlevels = 2\n[defaults]\n[35]\nlevels = 1\n[defaults]\n",
	    RULES_LAYER_SITE), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_null(rs);
	assert_int_equal(rules_compiler_error_count(rc), 3);
	assert_string_equal(rules_compiler_error(rc, 0),
	    "y.rules:3: duplicate clause 35 (first defined at x.rules:2)");
	assert_string_equal(rules_compiler_error(rc, 1),
	    "y.rules:6: duplicate item 35/sla (first defined at x.rules:5)");
	assert_string_equal(rules_compiler_error(rc, 2),
	    "z.rules:6: duplicate [defaults] section in the site drop-ins "
	    "(first at z.rules:3)");
	/* finish() only once. */
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_int_equal(rules_compiler_add_string(rc, "w.rules", "",
	    RULES_LAYER_SITE), -EINVAL);
	rules_compiler_free(rc);
}

static void
test_bad_lines(void **state)
{
	char buf[1024];
	char *p;

	(void)state;
	/* 199 bytes fit, 200 do not. */
	p = buf + sprintf(buf, OKCLAUSE "name = ");
	memset(p, 'a', 199 - 7);
	p += 199 - 7;
	strcpy(p, "\n");
	{
		struct ruleset *rs = compile_ok(buf, NULL);

		assert_int_equal(strlen(rs->clauses[0].items[0].name.v[0].
		    source), 192);
		ruleset_free(rs);
	}
	p = buf + sprintf(buf, OKCLAUSE "name = x\ntitle = ");
	memset(p, 'b', 200 - 8);
	p += 200 - 8;
	strcpy(p, "\n  continued\nexclude = (\n");
	/* The long line's key still counts as given: no follow-up errors. */
	EXPECT(buf, "t.rules:7: line too long (200 bytes, at most 199): "
	    "continue the value on an indented line",
	    "t.rules:9: bad pattern in 'exclude'");
	/* A long line inih would have split is not parsed as a section. */
	p = buf + sprintf(buf, OKCLAUSE "name = x\n# ");
	memset(p, 'c', 300);
	p += 300;
	strcpy(p, "[2]\nname = y\n");
	EXPECT(buf, "t.rules:7: line too long (305 bytes, at most 199)",
	    "t.rules:8: duplicate key 'name' (first at line 6)");
	p = buf + sprintf(buf, OKCLAUSE "name = x\n[");
	memset(p, 'd', 250);
	p += 250;
	strcpy(p, "]\nname = y\n");
	EXPECT(buf, "t.rules:7: line too long (252 bytes, at most 199)");
	/* A long continuation line is dropped, the key stays. */
	p = buf + sprintf(buf, OKCLAUSE "name = x\n\t");
	memset(p, 'e', 220);
	p += 220;
	strcpy(p, "\n\ty\n");
	EXPECT(buf, "t.rules:7: line too long (221 bytes, at most 199)");
	/* Chinese: 3 bytes a character. */
	p = buf + sprintf(buf, "[1]\nlevels = 1\ntext = ");
	while (p - buf < 300)
		p += sprintf(p, "条");
	sprintf(p, "\n[1/a]\nlabel = a\nname = a\n");
	EXPECT(buf, "t.rules:3: line too long (");
	/* The rejected key still counts as given: no follow-up error. */
	EXPECT(OKCLAUSE "name = \xff\xfe\n",
	    "t.rules:6: invalid UTF-8");
	/* A mis-indented key is a continuation: warn. */
	{
		struct rules_compiler *rc;
		struct ruleset *rs = NULL;

		rc = rules_compiler_new();
		assert_int_equal(rules_compiler_add_string(rc, "w.rules",
		    "[1]\n text = t\n levels = 1\n[1/a]\nlabel = a\nname = a\n",
		    RULES_LAYER_PACK), 0);
		assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
		assert_int_equal(rules_compiler_warning_count(rc), 1);
		assert_true(starts_with(rules_compiler_warning(rc, 0),
		    "w.rules:3: indented line looks like key 'levels'"));
		assert_string_equal(rules_compiler_error(rc, 0),
		    "w.rules:1: clause 1 has no 'levels'");
		rules_compiler_free(rc);
	}
}

static void
test_all_errors_collected(void **state)
{
	(void)state;
	EXPECT("[1]\n"
	    "text = t\n"
	    "levels = 9\n"
	    "colour = red\n"
	    "[1/a]\n"
	    "label = a\n"
	    "name = (\n"
	    "max_age = soon\n"
	    "[2/b]\n"
	    "label = b\n"
	    "name = b\n"
	    "[x y]\n"
	    "[3]\n",
	    "t.rules:3: bad level '9'",
	    "t.rules:4: unknown key 'colour'",
	    "t.rules:7: bad pattern in 'name'",
	    "t.rules:8: bad max_age 'soon'",
	    "t.rules:12: invalid clause id 'x y'",
	    "t.rules:13: clause 3 has no 'text'",
	    "t.rules:13: clause 3 has no 'levels'",
	    "t.rules:9: item 2/b belongs to clause 2, which is not defined",
	    "t.rules:13: clause 3 has no items");
}

static void
test_add_path(void **state)
{
	struct rules_compiler *rc;
	struct ruleset *rs = NULL;
	const struct rule_clause *c;

	(void)state;
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/pack",
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/site/",
	    RULES_LAYER_SITE), 0);
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/empty",
	    RULES_LAYER_SITE), 0);
	assert_int_equal(rules_compiler_warning_count(rc), 1);
	assert_string_equal(rules_compiler_warning(rc, 0),
	    "tests/data/rules/empty: no *.rules files in directory");
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	assert_int_equal(rules_compiler_error_count(rc), 0);
	assert_int_equal(rs->n_files, 3);
	assert_string_equal(rs->files[0],
	    "tests/data/rules/pack/10-clauses.rules");
	assert_string_equal(rs->files[1],
	    "tests/data/rules/pack/20-items.rules");
	assert_string_equal(rs->files[2],
	    "tests/data/rules/site/50-site.rules");
	assert_int_equal(rs->n_clauses, 2);
	c = ruleset_find_clause(rs, "1");
	assert_int_equal(c->line, 5);
	assert_string_equal(c->items[0].file, rs->files[1]);
	assert_int_equal(c->items[0].name.n, 2);
	assert_string_equal(c->items[0].name.v[1].source, "调研报告");
	assert_int_equal(c->items[0].exclude.n, 1);
	assert_int_equal(ruleset_find_clause(rs, "2")->levels,
	    EV_LEVEL_BIT(1) | EV_LEVEL_BIT(2));
	ruleset_free(rs);
	rules_compiler_free(rc);

	/* A single file; errors carry the path as given. */
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/bad.rules",
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/nope",
	    RULES_LAYER_SITE), -ENOENT);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_null(rs);
	assert_int_equal(rules_compiler_error_count(rc), 3);
	assert_true(starts_with(rules_compiler_error(rc, 0),
	    "tests/data/rules/bad.rules:3: bad level '5'"));
	assert_true(starts_with(rules_compiler_error(rc, 1),
	    "tests/data/rules/bad.rules:7: bad pattern in 'name': missing "
	    "closing parenthesis at offset 9"));
	assert_string_equal(rules_compiler_error(rc, 2),
	    "tests/data/rules/nope: cannot read: No such file or directory");
	rules_compiler_free(rc);

	/* A NUL byte in a file is an error, with its line. */
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/nul.rules",
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_int_equal(rules_compiler_error_count(rc), 1);
	assert_string_equal(rules_compiler_error(rc, 0),
	    "tests/data/rules/nul.rules:2: NUL byte in line");
	rules_compiler_free(rc);

	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_path(rc, "/dev/null",
	    RULES_LAYER_SITE), -EINVAL);
	assert_string_equal(rules_compiler_error(rc, 0),
	    "/dev/null: not a regular file");
	rules_compiler_free(rc);

	/* A FIFO (nobody writes to it) is refused at once, not waited on;
	 * alarm() ends the test as a failure should it hang. */
	{
		char dir[] = "/tmp/evidenced-rules-fifo-XXXXXX", fifo[80],
		    want[120];

		assert_non_null(mkdtemp(dir));
		snprintf(fifo, sizeof(fifo), "%s/pack.rules", dir);
		assert_int_equal(mkfifo(fifo, 0600), 0);
		alarm(10);
		rc = rules_compiler_new();
		assert_int_equal(rules_compiler_add_path(rc, fifo,
		    RULES_LAYER_PACK), -EINVAL);
		alarm(0);
		snprintf(want, sizeof(want), "%s: not a regular file", fifo);
		assert_string_equal(rules_compiler_error(rc, 0), want);
		assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
		rules_compiler_free(rc);
		/* In a drop-in directory it is skipped with a warning. */
		rc = rules_compiler_new();
		assert_int_equal(rules_compiler_add_path(rc, dir,
		    RULES_LAYER_SITE), 0);
		assert_int_equal(rules_compiler_warning_count(rc), 1);
		rules_compiler_free(rc);
		unlink(fifo);
		rmdir(dir);
	}

	/* Freeing a compiler without finish() is fine too. */
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_path(rc, "tests/data/rules/pack",
	    RULES_LAYER_PACK), 0);
	rules_compiler_free(rc);
	rules_compiler_free(NULL);
	ruleset_free(NULL);
}

/*
 * Matches on one subject in turn let pcre2 check its UTF-8 once: the
 * first answer (0 or 1) says it is valid, the others skip the check and
 * answer the same; an invalid subject is never taken as valid.
 */
static void
test_checked_match(const struct rule_item *it)
{
	const char *ok = "合同 SLA bar";
	bool valid = false;

	assert_int_equal(rule_pattern_match_checked(mt, &it->name.v[0], ok,
	    strlen(ok), NULL, NULL), 1);
	assert_int_equal(rule_pattern_match_checked(mt, &it->name.v[1], ok,
	    strlen(ok), NULL, NULL), 0);
	/* name = \bsla\b, foo, bar: the third matches, after a first "no"
	 * said the subject is valid. */
	assert_int_equal(rule_patterns_first_match_ex(mt, &it->name, "a bar",
	    5, &valid), 2);
	assert_true(valid);
	valid = false;
	assert_int_equal(rule_patterns_first_match_ex(mt, &it->name, "zzz", 3,
	    &valid), -1);
	assert_true(valid);
	valid = false;
	assert_int_equal(rule_patterns_first_match_ex(mt, &it->name,
	    "\xff bar", 5, &valid), -1);
	assert_false(valid);
	assert_int_equal(rule_patterns_first_match(mt, &it->name, "\xff bar",
	    5), -1);
}

static void
test_pattern_match(void **state)
{
	struct ruleset *rs;
	const struct rule_item *it;
	size_t s = 99, e = 99;
	const char *subj = "合同/our ＳＬＡ sla v2.docx";
	struct timespec t0, t1;
	char *evil;
	size_t n = 30000;
	int rc;

	(void)state;
	rs = compile_ok("[1]\ntext = t\nlevels = 1\n[1/a]\nlabel = a\n"
	    "name = \\bsla\\b\n  foo\n  bar\n"
	    "title = (a+)+$\n"
	    "content_any = 服务\n", NULL);
	it = &rs->clauses[0].items[0];
	/* Caseless, and the span is in bytes. */
	assert_int_equal(rule_pattern_match(mt, &it->name.v[0], "x SLA y", 7, &s,
	    &e), 1);
	assert_int_equal(s, 2);
	assert_int_equal(e, 5);
	assert_int_equal(rule_pattern_match(mt, &it->name.v[0], subj,
	    strlen(subj), &s, &e), 1);
	assert_int_equal(s, strlen("合同/our ＳＬＡ "));
	assert_int_equal(rule_pattern_match(mt, &it->name.v[0], "slash", 5, &s,
	    &e), 0);
	/* The length is honoured: no match beyond len. */
	assert_int_equal(rule_pattern_match(mt, &it->name.v[1], "xxfoo", 4, NULL,
	    NULL), 0);
	assert_int_equal(rule_pattern_match(mt, &it->content_any.v[0], "服务", 6,
	    &s, &e), 1);
	assert_int_equal(e, 6);
	assert_int_equal(rule_pattern_match(mt, &it->name.v[0], NULL, 0, NULL,
	    NULL), 0);
	assert_int_equal(rule_pattern_match(mt, NULL, "a", 1, NULL, NULL),
	    -EINVAL);
	/* Invalid UTF-8 is an error, not undefined behaviour. */
	assert_int_equal(rule_pattern_match(mt, &it->name.v[0], "\xff sla", 5,
	    NULL, NULL), -EILSEQ);

	assert_int_equal(rule_patterns_first_match(mt, &it->name, "a bar foo", 9),
	    1);
	assert_int_equal(rule_patterns_first_match(mt, &it->name, "a bar", 5), 2);
	assert_int_equal(rule_patterns_first_match(mt, &it->name, "zzz", 3), -1);
	assert_int_equal(rule_patterns_first_match(mt, &it->content_all, "x", 1),
	    -1);
	assert_int_equal(rule_patterns_first_match(mt, NULL, "x", 1), -1);
	test_checked_match(it);

	/* Catastrophic backtracking hits the match limit, quickly. */
	evil = malloc(n + 2);
	assert_non_null(evil);
	memset(evil, 'a', n);
	evil[n] = 'b';
	evil[n + 1] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = rule_pattern_match(mt, &it->title.v[0], evil, n + 1, NULL, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_int_equal(rc, -E2BIG);
	assert_true((t1.tv_sec - t0.tv_sec) * 1000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000000 < 2000);
	/* Said in words, and remembered (once) for the file's problems. */
	assert_string_equal(rule_match_strerror(rc),
	    "match limit hit (pattern too costly on this text)");
	assert_ptr_equal(rule_matcher_take_limit(mt), &it->title.v[0]);
	assert_null(rule_matcher_take_limit(mt));
	/* Errors are "no match" for first_match. */
	assert_int_equal(rule_patterns_first_match(mt, &it->title, evil, n + 1),
	    -1);
	/* The same pattern still works on a sane subject. */
	assert_int_equal(rule_pattern_match(mt, &it->title.v[0], "aaa", 3, &s, &e),
	    1);
	free(evil);
	ruleset_free(rs);
}

static void
test_prefilter_union(void **state)
{
	static const char pack[] =
	    "[1]\ntext = t\nlevels = 1 2\n"
	    "[1/a]\nlabel = A\nname = ^sla/\n  协议$\ntitle = ^.{0,9}服务目录\n"
	    "[2]\ntext = t\nlevels = 2\n"
	    "[2/b]\nlabel = B\nname = (?i)巡检(记录|报告)\n";
	static const char backref[] =
	    "[1]\ntext = t\nlevels = 1 2\n"
	    "[1/a]\nlabel = A\nname = (ab)\\1\ntitle = x\n";
	struct ruleset *rs;

	(void)state;
	rs = compile_ok(pack, NULL);
	assert_int_equal(rs->any_name.n, 1);
	assert_int_equal(rs->any_title.n, 1);
	/* The union matches exactly when one member does, anchors kept. */
	assert_int_equal(rule_pattern_match(mt, &rs->any_name.v[0], "sla/x", 5,
	    NULL, NULL), 1);
	assert_int_equal(rule_pattern_match(mt, &rs->any_name.v[0],
	    "x/sla/x", 7, NULL, NULL), 0);
	assert_int_equal(rule_pattern_match(mt, &rs->any_name.v[0],
	    "a/巡检报告.docx", strlen("a/巡检报告.docx"), NULL, NULL), 1);
	assert_int_equal(rule_pattern_match(mt, &rs->any_name.v[0],
	    "a/协议.docx", strlen("a/协议.docx"), NULL, NULL), 0);
	assert_int_equal(rule_pattern_match(mt, &rs->any_title.v[0],
	    "安全运维服务目录", strlen("安全运维服务目录"), NULL, NULL), 1);
	ruleset_free(rs);

	/* A back-reference would be renumbered in a union: no prefilter. */
	rs = compile_ok(backref, NULL);
	assert_int_equal(rs->any_name.n, 0);
	assert_int_equal(rs->any_title.n, 1);
	ruleset_free(rs);
}

/*
 * A pack of 33,000 items (compiled in linear time since sections are
 * found by hash): every item lands under its own clause in definition
 * order, even when written far from it; duplicates and drop-in overrides
 * still find the right section among tens of thousands.
 */
static void
test_large_pack(void **state)
{
	enum { CLAUSES = 3300, PER = 10 };
	struct rules_compiler *rc;
	struct ruleset *rs = NULL;
	GString *pack = g_string_new(NULL);
	const struct rule_clause *c;
	char id[32];
	size_t i, j, items = 0;

	(void)state;
	/* The JIT would only cost time here; matching is not tested. */
	setenv("EVIDENCED_NO_JIT", "1", 1);
	for (i = 0; i < CLAUSES; i++) {
		g_string_append_printf(pack, "[g%zu]\ntext = 条款%zu\n"
		    "levels = 1 2 3\n", i, i);
		/* Clause 0's items come last of all, clause 1's first. */
		for (j = 0; j < PER && i != 0; j++)
			g_string_append_printf(pack, "[g%zu/i%zu]\nlabel = "
			    "材料%zu-%zu\nname = 材料%zu号%zu\n", i, j, i, j,
			    i, j);
	}
	for (j = 0; j < PER; j++)
		g_string_append_printf(pack, "[g0/i%zu]\nlabel = 材料0-%zu\n"
		    "name = 材料0号%zu\n", j, j, j);

	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_string(rc, "big.rules", pack->str,
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_add_string(rc, "site.rules",
	    "[g3000/i9]\nlabel = 改过的\n[g17]\nenabled = no\n",
	    RULES_LAYER_SITE), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), 0);
	rules_compiler_free(rc);
	assert_int_equal(rs->n_clauses, CLAUSES - 1);
	for (i = 0; i < rs->n_clauses; i++) {
		c = &rs->clauses[i];
		assert_int_equal(c->n_items, PER);
		for (j = 0; j < PER; j++) {
			snprintf(id, sizeof(id), "i%zu", j);
			assert_string_equal(c->items[j].id, id);
			assert_ptr_equal(c->items[j].clause, c);
		}
		items += c->n_items;
	}
	assert_int_equal(items, (CLAUSES - 1) * PER);
	/* Site ids keep definition order; g17 is gone. */
	assert_string_equal(rs->clauses[0].id, "g0");
	assert_string_equal(rs->clauses[17].id, "g18");
	assert_string_equal(rs->clauses[0].items[3].label, "材料0-3");
	c = ruleset_find_clause(rs, "g3000");
	assert_non_null(c);
	assert_string_equal(c->items[9].label, "改过的");
	assert_string_equal(c->items[8].label, "材料3000-8");
	assert_null(ruleset_find_clause(rs, "g17"));
	ruleset_free(rs);

	/* A duplicate at the very end is found, with the first's line. */
	g_string_append(pack, "[g2500/i4]\nlabel = x\nname = x\n");
	rc = rules_compiler_new();
	assert_int_equal(rules_compiler_add_string(rc, "big.rules", pack->str,
	    RULES_LAYER_PACK), 0);
	assert_int_equal(rules_compiler_finish(rc, &rs), -EINVAL);
	assert_int_equal(rules_compiler_error_count(rc), 1);
	/* 3 lines for clause 0, then 33 per clause, 3 per item. */
	assert_string_equal(rules_compiler_error(rc, 0), "big.rules:108901: "
	    "duplicate item g2500/i4 (first defined at big.rules:82486)");
	rules_compiler_free(rc);
	g_string_free(pack, TRUE);
	unsetenv("EVIDENCED_NO_JIT");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typeclass),
		cmocka_unit_test(test_good_pack),
		cmocka_unit_test(test_bom_crlf_and_inline_comments),
		cmocka_unit_test(test_site_layer),
		cmocka_unit_test(test_site_clear_and_replace),
		cmocka_unit_test(test_levels_and_values),
		cmocka_unit_test(test_bad_sections),
		cmocka_unit_test(test_bad_keys),
		cmocka_unit_test(test_bad_patterns),
		cmocka_unit_test(test_bad_structure),
		cmocka_unit_test(test_duplicates_across_files),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_all_errors_collected),
		cmocka_unit_test(test_add_path),
		cmocka_unit_test(test_pattern_match),
		cmocka_unit_test(test_prefilter_union),
		cmocka_unit_test(test_large_pack),
	};

	return cmocka_run_group_tests(tests, setup_matcher, teardown_matcher);
}
