/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_pathname.c - UTF-8 validation and file-name decoding.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "evidenced/pathname.h"

static void
test_utf8_table(void **state)
{
	static const struct {
		const char *s;
		size_t len;     /* 0: strlen */
		bool valid;
	} cases[] = {
		{ "", 0, true },
		{ "plain ascii.txt", 0, true },
		{ "\xe6\x9c\x8d\xe5\x8a\xa1.docx", 0, true },   /* 服务 */
		{ "\xc2\x80", 0, true },                        /* U+0080 */
		{ "\xdf\xbf", 0, true },                        /* U+07FF */
		{ "\xe0\xa0\x80", 0, true },                    /* U+0800 */
		{ "\xed\x9f\xbf", 0, true },                    /* U+D7FF */
		{ "\xee\x80\x80", 0, true },                    /* U+E000 */
		{ "\xef\xbf\xbf", 0, true },                    /* U+FFFF */
		{ "\xf0\x90\x80\x80", 0, true },                /* U+10000 */
		{ "\xf4\x8f\xbf\xbf", 0, true },                /* U+10FFFF */
		{ "\xf0\x9f\x98\x80", 0, true },                /* emoji */
		{ "\xc0\xaf", 0, false },       /* overlong '/' */
		{ "\xc1\xbf", 0, false },       /* overlong */
		{ "\xe0\x80\xaf", 0, false },   /* overlong 3-byte */
		{ "\xe0\x9f\xbf", 0, false },   /* overlong U+07FF */
		{ "\xf0\x80\x80\xaf", 0, false }, /* overlong 4-byte */
		{ "\xf0\x8f\xbf\xbf", 0, false }, /* overlong U+FFFF */
		{ "\xed\xa0\x80", 0, false },   /* U+D800 surrogate */
		{ "\xed\xbf\xbf", 0, false },   /* U+DFFF surrogate */
		{ "\xf4\x90\x80\x80", 0, false }, /* U+110000 */
		{ "\xf5\x80\x80\x80", 0, false }, /* lead > F4 */
		{ "\xff", 0, false },
		{ "\x80", 0, false },           /* lone continuation */
		{ "a\xe6\x9c", 0, false },      /* truncated 3-byte */
		{ "\xe6", 0, false },
		{ "\xf0\x9f\x98", 0, false },   /* truncated 4-byte */
		{ "\xc3", 0, false },
		{ "\xe6\x9c\x41", 0, false },   /* bad continuation */
		{ "\xb7\xfe\xce\xf1", 0, false }, /* GBK 服务 */
		{ "a\0b", 3, true },            /* NUL is U+0000 */
	};
	size_t i, len;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		len = cases[i].len ? cases[i].len : strlen(cases[i].s);
		if (utf8_valid(cases[i].s, len) != cases[i].valid)
			fail_msg("case %zu: expected %s", i,
			    cases[i].valid ? "valid" : "invalid");
	}
	/* Length is honoured: a valid prefix of an invalid string. */
	assert_true(utf8_valid("ab\xff", 2));
	assert_false(utf8_valid("\xe6\x9c\x8d", 2));
}

static void
check(const char *raw, const char *want, enum pathname_decoding want_how)
{
	enum pathname_decoding how = (enum pathname_decoding)-1;
	char *out = NULL;

	assert_int_equal(pathname_to_utf8(raw, &out, &how), 0);
	assert_non_null(out);
	assert_string_equal(out, want);
	assert_int_equal(how, want_how);
	assert_true(utf8_valid(out, strlen(out)));
	free(out);
}

static void
test_utf8_names(void **state)
{
	(void)state;
	check("", "", PATHNAME_UTF8);
	check("a/b/c.txt", "a/b/c.txt", PATHNAME_UTF8);
	check("\xe6\x9c\x8d\xe5\x8a\xa1/\xe5\x88\xb6\xe5\xba\xa6.docx",
	    "服务/制度.docx", PATHNAME_UTF8);
}

static void
test_gbk_names(void **state)
{
	(void)state;
	/* 服务 in GBK. */
	check("\xb7\xfe\xce\xf1.txt", "服务 [GBK].txt", PATHNAME_GB18030);
	/* 信息安全管理制度 with a UTF-8-invalid GBK directory. */
	check("\xd0\xc5\xcf\xa2\xb0\xb2\xc8\xab/\xb9\xdc\xc0\xed"
	    "\xd6\xc6\xb6\xc8.doc", "信息安全 [GBK]/管理制度 [GBK].doc",
	    PATHNAME_GB18030);
	/* A GB18030 four-byte sequence: 81 30 81 30 is U+0080. */
	check("x\x81\x30\x81\x30", "x\xc2\x80 [GBK]", PATHNAME_GB18030);
}

/* Each component is decoded on its own: UTF-8 folders around a GBK
 * name stay as they are instead of becoming mojibake. */
static void
test_per_component(void **state)
{
	(void)state;
	/* 05-服务实施/ (UTF-8) / 服务.txt (GBK) */
	check("05-\xe6\x9c\x8d\xe5\x8a\xa1\xe5\xae\x9e\xe6\x96\xbd/"
	    "\xb7\xfe\xce\xf1.txt", "05-服务实施/服务 [GBK].txt",
	    PATHNAME_GB18030);
	/* A GBK folder around a UTF-8 name, and an escaped one after. */
	check("\xb7\xfe\xce\xf1/\xe6\x9c\x8d.doc", "服务 [GBK]/服.doc",
	    PATHNAME_GB18030);
	check("\xb7\xfe\xce\xf1/caf\xe9", "服务 [GBK]/caf\\xe9",
	    PATHNAME_ESCAPED);
	/* A dot-file keeps its mark after the name. */
	check("\xb7\xfe\xce\xf1/.\xb7\xfe", "服务 [GBK]/.服 [GBK]",
	    PATHNAME_GB18030);
}

/* Two raw names never decode to the same display name. */
static void
test_collisions(void **state)
{
	static const char *const pairs[][2] = {
		{ "\xc3\xfb\xb3\xc6.txt", "名称.txt" },     /* GBK, UTF-8 */
		{ "x\xff.txt", "x\\xff.txt" },               /* raw, literal */
		{ "a\\b", "a\\\\b" },
		{ "d\xb7\xfe\xce\xf1/f", "d服务 [GBK]/f" },
	};
	enum pathname_decoding how;
	char *a, *b;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		assert_int_equal(pathname_to_utf8(pairs[i][0], &a, &how), 0);
		assert_int_equal(pathname_to_utf8(pairs[i][1], &b, &how), 0);
		if (strcmp(a, b) == 0)
			fail_msg("pair %zu: both decode to %s", i, a);
		free(a);
		free(b);
	}
	/* A literal backslash is doubled and says so. */
	check("x\\xff.txt", "x\\\\xff.txt", PATHNAME_ESCAPED);
	/* A UTF-8 name that spells the mark does not pass for a decoded
	 * one. */
	check("d服务 [GBK]/f", "d服务 \\x5bGBK]/f", PATHNAME_ESCAPED);
}

static void
test_escaped_names(void **state)
{
	(void)state;
	/* Latin-1 "café.txt": 0xe9 followed by '.' is not GB18030. */
	check("caf\xe9.txt", "caf\\xe9.txt", PATHNAME_ESCAPED);
	/* A truncated GBK pair at the end. */
	check("\xb7\xfe\xce", "\\xb7\\xfe\\xce", PATHNAME_ESCAPED);
	/* Valid UTF-8 runs survive around bad bytes. */
	check("\xe6\x9c\x8d\xff\xe5\x8a\xa1", "服\\xff务",
	    PATHNAME_ESCAPED);
	check("\x80", "\\x80", PATHNAME_ESCAPED);
	check("\xff\xfe", "\\xff\\xfe", PATHNAME_ESCAPED);
}

static void
test_escape(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "plain/服务级别协议.docx", "plain/服务级别协议.docx" },
		{ "a\nforged: line", "a\\x0aforged: line" },
		{ "\033[31mred", "\\x1b[31mred" },
		{ "del\x7f", "del\\x7f" },
		{ "c1\xc2\x85", "c1\\u0085" },
		{ "bad\xff\xfe", "bad\\xff\\xfe" },
		{ "", "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = pathname_escape(cases[i].in);

		assert_non_null(got);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_table),
		cmocka_unit_test(test_utf8_names),
		cmocka_unit_test(test_gbk_names),
		cmocka_unit_test(test_escaped_names),
		cmocka_unit_test(test_per_component),
		cmocka_unit_test(test_collisions),
		cmocka_unit_test(test_escape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
