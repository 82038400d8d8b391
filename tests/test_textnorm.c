/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_textnorm.c - normalisation of extracted text, table-driven.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/textnorm.h"

static void
check(const char *in, size_t len, const char *want)
{
	char *out = NULL;
	size_t out_len = 0;

	assert_int_equal(textnorm_normalize(in, len, &out, &out_len), 0);
	assert_non_null(out);
	assert_int_equal(out_len, strlen(out));
	if (strcmp(out, want) != 0) {
		char msg[512];

		snprintf(msg, sizeof(msg), "normalize(\"%.*s\") = \"%s\", "
		    "want \"%s\"", (int)len, in, out, want);
		free(out);
		fail_msg("%s", msg);
	}
	free(out);
}

static void
test_table(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "", "" },
		{ "abc", "abc" },
		{ "Hello  World", "hello world" },
		{ "  lead and trail \n", "lead and trail" },
		{ "信息 安全", "信息安全" },
		{ "信息\n\t 安全管理\r\n制度", "信息安全管理制度" },
		{ "信息　安全", "信息安全" },             /* U+3000 */
		{ "ISO 27001 认证", "iso 27001 认证" },
		{ "认证 ISO", "认证 iso" },
		{ "ＩＳＯ２７００１", "iso27001" },        /* full-width */
		{ "安全， 管理", "安全,管理" },
		{ "安全，管理", "安全,管理" },
		{ "（一）总则", "(一)总则" },
		{ "“信息 安全”", "“信息安全”" },
		{ "a\xC2\xA0" "b", "a b" },             /* NBSP */
		{ "ÀÉÎÕÜ×ß", "àéîõü×ß" },               /* Latin-1 fold */
		{ "soft\xC2\xADhyphen", "softhyphen" },
		{ "\xEF\xBB\xBFtext", "text" },         /* BOM */
		{ "a\x01" "b", "a b" },
		{ "ひらがな カタカナ", "ひらがなカタカナ" },
		{ "한국 어", "한국어" },
		{ "𠀀 𠀁", "𠀀𠀁" },                       /* ext B */
		/* invalid UTF-8 */
		{ "a\xFF" "b", "a\xEF\xBF\xBD" "b" },
		{ "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD" },     /* overlong */
		{ "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" },
		{ "x\xE4\xBF", "x\xEF\xBF\xBD\xEF\xBF\xBD" },   /* truncated */
		{ "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
		    "\xEF\xBF\xBD" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check(cases[i].in, strlen(cases[i].in), cases[i].want);
}

/* An office document's paragraph, row and cell ends separate two Chinese
 * words; a PDF's line wraps (no flag) do not. */
static void
test_hard_breaks(void **state)
{
	static const char in[] = "22:30 回切完成\n演练结论\t达到目标 安全\r\n管理";
	char *out = NULL;
	size_t out_len = 0, offs[1] = { 19 };

	(void)state;
	assert_int_equal(textnorm_normalize_flags(in, strlen(in), &out,
	    &out_len, offs, 1, TEXTNORM_HARD_BREAKS), 0);
	assert_string_equal(out, "22:30 回切完成 演练结论 达到目标安全 管理");
	/* 演练 starts after the one space the newline became */
	assert_int_equal(offs[0], strlen("22:30 回切完成 "));
	free(out);
	assert_int_equal(textnorm_normalize_flags(in, strlen(in), &out,
	    &out_len, NULL, 0, 0), 0);
	assert_string_equal(out, "22:30 回切完成演练结论达到目标安全管理");
	free(out);
}

static void
test_embedded_nul_and_len(void **state)
{
	(void)state;
	check("ab\0cd", 5, "ab cd");
	check("ABCDEF", 3, "abc");
}

static void
test_large(void **state)
{
	size_t n = 4 << 20, i, out_len;
	char *in, *out;

	(void)state;
	in = malloc(n);
	assert_non_null(in);
	for (i = 0; i < n; i++)
		in[i] = (char)(i % 7 == 0 ? '\n' : 'A' + i % 26);
	assert_int_equal(textnorm_normalize(in, n, &out, &out_len), 0);
	assert_true(out_len <= n);
	assert_int_equal(out[0], 'b');
	assert_null(memchr(out, '\n', out_len));
	free(out);
	free(in);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_hard_breaks),
		cmocka_unit_test(test_embedded_nul_and_len),
		cmocka_unit_test(test_large),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
