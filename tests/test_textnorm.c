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

/*
 * textnorm_is_normal(): true only of what normalising gives back as it
 * is (asked of strings built from the characters each step changes and
 * of ones it keeps), and true of the usual file names.
 */
static void
test_is_normal(void **state)
{
	static const char *const pieces[] = {
		"a", "Z", "z", "0", "-", ".", "/", "_", " ", "\t", "\n",
		"\x7f", "\x01", "服", "务", "，", "（", "）", "\xe3\x80\x80",
		"\xc2\xa0", "\xc2\xad", "\xe2\x80\x8b", "\xef\xbb\xbf",
		"\xc3\x80", "\xc3\xa0", "\xc3\x97", "\xc3\x9f", "\xff",
		"\xe6\x9c", "\xf0\x9f\x98\x80", "\xe2\x80\xa8", "Ａ",
		"ａ", "・", "《", "》",
	};
	static const char *const names[] = {
		"部门37/项目1896/笔记-057896.txt", "04-服务协议/sla/服务级别协议-xx银行-2026.docx",
		"a", "",
	};
	const size_t np = sizeof(pieces) / sizeof(pieces[0]);
	char s[64], *out;
	size_t i, k, n, len, normal = 0;
	unsigned seed = 11;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		assert_true(textnorm_is_normal(names[i], strlen(names[i])));
	assert_false(textnorm_is_normal("A.txt", 5));
	assert_false(textnorm_is_normal("a b", 3));
	assert_false(textnorm_is_normal("服务（1）", strlen("服务（1）")));
	for (i = 0; i < 50000; i++) {
		n = 0;
		for (k = (size_t)(rand_r(&seed) % 6); k > 0; k--) {
			const char *p = pieces[(size_t)rand_r(&seed) % np];

			memcpy(s + n, p, strlen(p));
			n += strlen(p);
		}
		if (!textnorm_is_normal(s, n))
			continue;
		normal++;
		assert_int_equal(textnorm_normalize(s, n, &out, &len), 0);
		assert_int_equal(len, n);
		assert_memory_equal(out, s, n);
		free(out);
	}
	assert_true(normal > 1000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_hard_breaks),
		cmocka_unit_test(test_embedded_nul_and_len),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_is_normal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
