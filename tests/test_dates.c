/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_dates.c - dates in text and metadata, table-driven.
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
#include <time.h>

#include "evidenced/dates.h"

static time_t
ymd(int y, int m, int d)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

static void
test_text_table(void **state)
{
	static const struct {
		const char *text;
		int y, m, d;            /* y == 0: none */
	} cases[] = {
		{ "发布日期：2026年3月15日", 2026, 3, 15 },
		{ "2026年03月05日实施", 2026, 3, 5 },
		{ "2026 年 3 月 15 日", 2026, 3, 15 },
		{ "2025年12月", 2025, 12, 1 },
		{ "2025年12月 第二版", 2025, 12, 1 },
		{ "2025年2月3号", 2025, 2, 3 },
		{ "date 2026-03-15.", 2026, 3, 15 },
		{ "2026/3/1", 2026, 3, 1 },
		{ "2026.3.15", 2026, 3, 15 },
		{ "２０２６年３月１５日", 2026, 3, 15 },
		{ "２０２６－０３－１４", 2026, 3, 14 },
		{ "二〇二五年三月十五日", 2025, 3, 15 },
		{ "二〇二五年十二月三十一日", 2025, 12, 31 },
		{ "二〇二五年十月", 2025, 10, 1 },
		{ "2024年1月1日 and 2025-06-30 and 2023/12/31", 2025, 6, 30 },
		/* invalid or not dates */
		{ "2026年2月30日", 0, 0, 0 },
		{ "2025-02-29", 0, 0, 0 },
		{ "2024-02-29", 2024, 2, 29 },
		{ "1989-01-01", 0, 0, 0 },
		{ "2101-01-01", 0, 0, 0 },
		{ "2026-13-01", 0, 0, 0 },
		{ "version 2025.3.15.2", 0, 0, 0 },
		{ "12025-03-15", 0, 0, 0 },
		{ "2025-03-150", 0, 0, 0 },
		{ "2025-03", 0, 0, 0 },
		{ "2025-03/15", 0, 0, 0 },
		{ "GB/T 22239-2019", 0, 0, 0 },
		{ "", 0, 0, 0 },
		/* the future does not count */
		{ "2099-01-01", 0, 0, 0 },
		{ "2099-01-01 2020-05-05", 2020, 5, 5 },
	};
	time_t now = ymd(2026, 4, 1) + 3600, t;
	size_t i;
	int rc;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		t = 0;
		rc = dates_latest_in_text(cases[i].text, strlen(cases[i].text),
		    now, &t);
		if (cases[i].y == 0) {
			if (rc != -ENOENT)
				fail_msg("case %zu \"%s\": got a date %lld", i,
				    cases[i].text, (long long)t);
		} else {
			if (rc != 0 || t != ymd(cases[i].y, cases[i].m,
			    cases[i].d))
				fail_msg("case %zu \"%s\": rc %d t %lld", i,
				    cases[i].text, rc, (long long)t);
		}
	}
}

static void
test_text_today_counts(void **state)
{
	time_t now = ymd(2026, 3, 15);
	time_t t;
	const char *a = "2026年3月15日", *b = "2026年3月16日";

	(void)state;
	assert_int_equal(dates_latest_in_text(a, strlen(a), now, &t), 0);
	assert_int_equal(t, now);
	assert_int_equal(dates_latest_in_text(b, strlen(b), now, &t), -ENOENT);
	/* Length bounds the scan: no read past len. */
	assert_int_equal(dates_latest_in_text("2026-03-15", 8, now + 86400,
	    &t), -ENOENT);
	assert_int_equal(dates_latest_in_text(NULL, 0, now, &t), -ENOENT);
}

/*
 * The latest date through mktime for every date, as dates_latest_in_text
 * did before it compared dates as y-m-d: the same answer, in zones whose
 * midnight is skipped or repeated too, for a "now" around each midnight.
 */
static void
test_text_agrees_with_mktime(void **state)
{
	static const char *const zones[] = {
		"UTC0", ":Asia/Shanghai", ":America/Sao_Paulo",
		":America/Havana", ":Europe/London",
	};
	static const int days[][3] = {
		{ 2012, 11, 3 }, { 2012, 11, 4 }, { 2012, 11, 5 },
		{ 2013, 3, 9 }, { 2013, 3, 10 }, { 2013, 3, 11 },
		{ 2018, 11, 3 }, { 2018, 11, 4 }, { 2018, 11, 5 },
		{ 2019, 2, 16 }, { 2019, 2, 17 }, { 2019, 2, 18 },
		{ 2026, 3, 29 }, { 2026, 3, 30 },
	};
	static const long offs[] = { -3600, -1, 0, 1, 1800, 3600, 5400,
		86399 };
	const char *old = getenv("TZ");
	char *saved = old != NULL ? strdup(old) : NULL, text[512];
	size_t z, i, j, k, n = sizeof(days) / sizeof(days[0]), used = 0;
	time_t now, want, t, m;
	int rc;

	(void)state;
	for (i = 0; i < n; i++)
		used += (size_t)snprintf(text + used, sizeof(text) - used,
		    "%d-%02d-%02d 日志\n", days[i][0], days[i][1], days[i][2]);
	for (z = 0; z < sizeof(zones) / sizeof(zones[0]); z++) {
		setenv("TZ", zones[z], 1);
		tzset();
		for (i = 0; i < n; i++) {
			for (j = 0; j < sizeof(offs) / sizeof(offs[0]); j++) {
				now = ymd(days[i][0], days[i][1], days[i][2]) +
				    offs[j];
				want = -1;
				for (k = 0; k < n; k++) {
					m = ymd(days[k][0], days[k][1],
					    days[k][2]);
					if (m <= now && m > want)
						want = m;
				}
				rc = dates_latest_in_text(text, used, now, &t);
				if (want < 0) {
					assert_int_equal(rc, -ENOENT);
					continue;
				}
				assert_int_equal(rc, 0);
				if (t != want)
					fail_msg("%s, now %lld: %lld, mktime "
					    "says %lld", zones[z],
					    (long long)now, (long long)t,
					    (long long)want);
			}
		}
	}
	if (saved != NULL)
		setenv("TZ", saved, 1);
	else
		unsetenv("TZ");
	tzset();
	free(saved);
}

static void
test_iso(void **state)
{
	static const struct {
		const char *s;
		long long want;         /* -1: local midnight 2026-03-15, -2: EINVAL */
	} cases[] = {
		{ "2026-03-15T08:00:00Z", 1773561600LL },
		{ "2026-03-15T16:00:00+08:00", 1773561600LL },
		{ "2026-03-15T16:00:00+0800", 1773561600LL },
		{ "2026-03-15T03:00:00-05:00", 1773561600LL },
		{ "2026-03-15T08:00:00.123Z", 1773561600LL },
		{ "2026-03-15", -1 },
		{ "  2026-03-15T08:00:00Z\n", 1773561600LL },
		{ "2026-03-32", -2 },
		{ "2026-3-15", -2 },
		{ "2026-03-15T25:00:00Z", -2 },
		{ "2026-03-15T08:00:00Zjunk", -2 },
		{ "", -2 },
		{ "yesterday", -2 },
	};
	size_t i;
	time_t t;
	int rc;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		rc = dates_parse_iso(cases[i].s, &t);
		if (cases[i].want == -2) {
			if (rc != -EINVAL)
				fail_msg("iso %zu \"%s\" parsed", i, cases[i].s);
			continue;
		}
		if (rc != 0)
			fail_msg("iso %zu \"%s\": rc %d", i, cases[i].s, rc);
		if (cases[i].want == -1)
			assert_int_equal(t, ymd(2026, 3, 15));
		else if ((long long)t != cases[i].want)
			fail_msg("iso %zu \"%s\": %lld", i, cases[i].s,
			    (long long)t);
	}
	assert_int_equal(dates_parse_iso(NULL, &t), -EINVAL);
}

static void
test_pdf(void **state)
{
	time_t t;

	(void)state;
	assert_int_equal(dates_parse_pdf("D:20260315160000+08'00'", &t), 0);
	assert_int_equal((long long)t, 1773561600LL);
	assert_int_equal(dates_parse_pdf("D:20260315160000+08'00", &t), 0);
	assert_int_equal((long long)t, 1773561600LL);
	assert_int_equal(dates_parse_pdf("D:20260315080000Z", &t), 0);
	assert_int_equal((long long)t, 1773561600LL);
	assert_int_equal(dates_parse_pdf("D:20260315080000Z00'00'", &t), 0);
	assert_int_equal((long long)t, 1773561600LL);
	assert_int_equal(dates_parse_pdf("20260315030000-05'00'", &t), 0);
	assert_int_equal((long long)t, 1773561600LL);
	assert_int_equal(dates_parse_pdf("D:20260315", &t), 0);
	assert_int_equal(t, ymd(2026, 3, 15));
	assert_int_equal(dates_parse_pdf("D:2026", &t), 0);
	assert_int_equal(t, ymd(2026, 1, 1));
	assert_int_equal(dates_parse_pdf("D:2026031", &t), -EINVAL);
	assert_int_equal(dates_parse_pdf("D:20261315", &t), -EINVAL);
	assert_int_equal(dates_parse_pdf("D:", &t), -EINVAL);
	assert_int_equal(dates_parse_pdf("D:20260315x", &t), -EINVAL);
}

static void
test_rfc3339(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(dates_rfc3339(1773561600, buf, sizeof(buf)),
	    "2026-03-15T08:00:00Z");
	assert_null(dates_rfc3339(0, buf, 20));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_table),
		cmocka_unit_test(test_text_today_counts),
		cmocka_unit_test(test_text_agrees_with_mktime),
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_pdf),
		cmocka_unit_test(test_rfc3339),
	};

	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
