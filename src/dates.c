/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * dates.c - dates written in document text and in document metadata.
 *
 * Text dates are the ones Chinese auditors write: 2026年3月15日 (spaces
 * allowed around the parts, 日 or 号), the same in Chinese numerals
 * (二〇二六年三月十五日, as official documents print them), 2026-03-15,
 * 2026/3/15 and 2026.3.15; digits may be ASCII or full-width.
 * "2026年3月" without a day counts as the FIRST day of that month: the
 * older reading is the stricter one for a freshness check, so a document
 * never looks newer than it says.  Bare "2026-03" or "2026.3" is not a
 * date (version and document numbers look like that).  Years outside
 * 1990..2100 and impossible days are ignored; a match must not be part of
 * a longer run of digits.  Text dates are local midnight (mktime, once
 * per text: see latest()).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "evidenced/dates.h"

#define YEAR_MIN 1990
#define YEAR_MAX 2100

struct cur {
	const unsigned char *p;
	const unsigned char *end;
};

/* Decode one UTF-8 code point at c->p without advancing; its length in
 * *n.  Invalid bytes decode as themselves with length 1: they never match
 * anything we look for, which is all that matters here. */
static uint32_t
peek(const struct cur *c, size_t *n)
{
	const unsigned char *p = c->p;
	size_t left = (size_t)(c->end - p);
	uint32_t cp;

	*n = 1;
	if (left == 0)
		return 0xFFFFFFFF;
	if (p[0] < 0x80)
		return p[0];
	if (p[0] >= 0xC2 && p[0] < 0xE0 && left >= 2 && (p[1] & 0xC0) == 0x80) {
		*n = 2;
		return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (p[0] >= 0xE0 && p[0] < 0xF0 && left >= 3 &&
	    (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
		cp = ((uint32_t)(p[0] & 0x0F) << 12) |
		    ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		*n = 3;
		return cp;
	}
	return 0x110000 + p[0];
}

static uint32_t
next(struct cur *c)
{
	size_t n;
	uint32_t cp = peek(c, &n);

	if (c->p < c->end)
		c->p += n;
	return cp;
}

/* Arabic digit, ASCII or full-width: value, or -1. */
static int
arabic(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int)(cp - 0xFF10);
	return -1;
}

/* Chinese numeral digit (not 十): value, or -1. */
static int
hanzi(uint32_t cp)
{
	switch (cp) {
	case 0x3007: case 0x25CB: case 0x96F6: case 0x25EF: case 0xFF2F:
		return 0;       /* 〇 ○ 零 ◯ Ｏ (all used for zero) */
	case 0x4E00: return 1;
	case 0x4E8C: return 2;
	case 0x4E09: return 3;
	case 0x56DB: return 4;
	case 0x4E94: return 5;
	case 0x516D: return 6;
	case 0x4E03: return 7;
	case 0x516B: return 8;
	case 0x4E5D: return 9;
	}
	return -1;
}

static bool
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xA0 || cp == 0x3000;
}

/* Skip at most a few whitespace characters (PDF line breaks, "2026 年"). */
static void
skip_ws(struct cur *c)
{
	size_t n;
	int i;

	for (i = 0; i < 4 && is_space(peek(c, &n)); i++)
		c->p += n;
}

/* Run of Arabic digits: value and count, at most maxd digits. */
static int
read_arabic(struct cur *c, int maxd, int *val)
{
	size_t n;
	int d, cnt = 0, v = 0;

	while ((d = arabic(peek(c, &n))) >= 0) {
		if (++cnt > maxd)
			return -1;
		v = v * 10 + d;
		c->p += n;
	}
	*val = v;
	return cnt;
}

/* Chinese month/day number 1..39: 五, 十, 十五, 二十, 二十五, 三十一. */
static int
read_hanzi_small(struct cur *c, int *val)
{
	size_t n;
	int a, b;
	uint32_t cp;

	cp = peek(c, &n);
	if (cp == 0x5341) {             /* 十 */
		c->p += n;
		b = hanzi(peek(c, &n));
		if (b > 0)
			c->p += n;
		*val = 10 + (b > 0 ? b : 0);
		return 0;
	}
	if ((a = hanzi(cp)) <= 0)
		return -1;
	c->p += n;
	if (peek(c, &n) != 0x5341) {
		*val = a;
		return 0;
	}
	c->p += n;
	b = hanzi(peek(c, &n));
	if (b > 0)
		c->p += n;
	*val = a * 10 + (b > 0 ? b : 0);
	return 0;
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

static bool
valid_ymd(int y, int m, int d)
{
	return y >= YEAR_MIN && y <= YEAR_MAX && m >= 1 && m <= 12 &&
	    d >= 1 && d <= days_in_month(y, m);
}

static time_t
local_midnight(int y, int m, int d)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

/* 年 ws month ws 月 [ws day ws 日|号], after the year was read. */
static bool
parse_nian(struct cur *c, bool han, int *m, int *d)
{
	struct cur save;
	size_t n;
	uint32_t cp;

	skip_ws(c);
	if (next(c) != 0x5E74)          /* 年 */
		return false;
	skip_ws(c);
	if (han ? read_hanzi_small(c, m) < 0 : read_arabic(c, 2, m) < 1)
		return false;
	skip_ws(c);
	if (next(c) != 0x6708)          /* 月 */
		return false;
	*d = 1;
	save = *c;
	skip_ws(c);
	if (han ? read_hanzi_small(c, d) < 0 : read_arabic(c, 2, d) < 1) {
		*c = save;
		*d = 1;
		return true;
	}
	skip_ws(c);
	cp = peek(c, &n);
	if (cp != 0x65E5 && cp != 0x53F7) {     /* 日 号 */
		*c = save;
		*d = 1;
		return true;
	}
	c->p += n;
	return true;
}

static bool
is_sep(uint32_t cp)
{
	return cp == '-' || cp == '/' || cp == '.' || cp == 0xFF0D ||
	    cp == 0xFF0F || cp == 0xFF0E;
}

/* Try a date starting at c->p (which starts a digit run).  On success the
 * date and the cursor after it. */
static bool
parse_at(struct cur *c, int *y, int *m, int *d)
{
	struct cur s = *c;
	size_t n;
	int i, v;
	uint32_t sep, cp;

	if (arabic(peek(&s, &n)) >= 0) {
		if (read_arabic(&s, 4, y) != 4)
			return false;
		cp = peek(&s, &n);
		if (is_sep(cp)) {
			sep = cp;
			s.p += n;
			if (read_arabic(&s, 2, m) < 1 || next(&s) != sep ||
			    read_arabic(&s, 2, d) < 1)
				return false;
			/* 2026.3.15.1 is a version number, not a date. */
			if (is_sep(peek(&s, &n))) {
				struct cur t = s;

				t.p += n;
				if (arabic(peek(&t, &n)) >= 0)
					return false;
			}
		} else if (!parse_nian(&s, false, m, d))
			return false;
	} else {
		for (i = 0, *y = 0; i < 4; i++) {
			if ((v = hanzi(next(&s))) < 0)
				return false;
			*y = *y * 10 + v;
		}
		if (!parse_nian(&s, true, m, d))
			return false;
	}
	if (arabic(peek(&s, &n)) >= 0)
		return false;
	c->p = s.p;
	return valid_ymd(*y, *m, *d);
}

/* y-m-d as one number that orders like the dates do. */
static long
ymd_key(int y, int m, int d)
{
	return ((long)y * 16 + m) * 32 + d;
}

/*
 * The latest date in the text not after now.  With limit >= 0 (today's
 * local date as ymd_key) the dates are compared as y-m-d and only the
 * latest goes through mktime: local midnight grows with the date, and a
 * date's midnight is not after now exactly when the date is not after
 * today.  mktime asks the time zone again on every call (glibc stats
 * /etc/localtime each time when TZ is unset), and a log has a date on
 * every line.  With limit < 0, every date through mktime: the reference
 * reading, for when the quick one cannot be sure.
 */
static int
latest(const char *text, size_t len, time_t now, long limit, time_t *out)
{
	struct cur c;
	size_t n;
	time_t best = 0, t;
	long best_key = -1, k;
	bool prev_digit = false;
	int y, m, d;
	uint32_t cp;

	c.p = (const unsigned char *)text;
	c.end = c.p + len;
	while (c.p < c.end) {
		cp = peek(&c, &n);
		if (!prev_digit && (arabic(cp) >= 0 || hanzi(cp) >= 0)) {
			struct cur s = c;

			if (parse_at(&s, &y, &m, &d)) {
				k = ymd_key(y, m, d);
				if (limit >= 0 && k <= limit && k > best_key)
					best_key = k;
				else if (limit < 0 && (t = local_midnight(y, m,
				    d)) != (time_t)-1 && t <= now &&
				    (best_key < 0 || t > best)) {
					best = t;
					best_key = k;
				}
				c = s;
				prev_digit = false;
				continue;
			}
		}
		prev_digit = arabic(cp) >= 0;
		c.p += n;
	}
	if (best_key < 0)
		return -ENOENT;
	if (limit >= 0)
		best = local_midnight((int)(best_key / 512),
		    (int)(best_key / 32 % 16), (int)(best_key % 32));
	*out = best;
	return best == (time_t)-1 || best > now ? -EAGAIN : 0;
}

int
dates_latest_in_text(const char *text, size_t len, time_t now, time_t *out)
{
	struct tm today;
	time_t t;
	int rc;

	if (text == NULL)
		return -ENOENT;
	/* A midnight that comes twice on today's date (a zone that turns
	 * its clocks back at midnight) can put mktime's reading of today
	 * after now: then the reference reading decides. */
	if (localtime_r(&now, &today) != NULL &&
	    (rc = latest(text, len, now, ymd_key(today.tm_year + 1900,
	    today.tm_mon + 1, today.tm_mday), &t)) != -EAGAIN) {
		if (rc == 0)
			*out = t;
		return rc;
	}
	rc = latest(text, len, now, -1, &t);
	if (rc == 0)
		*out = t;
	return rc;
}

/* Exactly n ASCII digits at *s. */
static int
fixed(const char **s, int n, int *val)
{
	int v = 0;

	while (n-- > 0) {
		if (**s < '0' || **s > '9')
			return -1;
		v = v * 10 + (**s - '0');
		(*s)++;
	}
	*val = v;
	return 0;
}

/* Build the time: offset is seconds east of UTC when utc, else local. */
static int
make_time(int y, int mo, int d, int h, int mi, int sec, bool utc, long off,
    time_t *out)
{
	struct tm tm;
	time_t t;

	if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 ||
	    d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60)
		return -EINVAL;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	if (utc) {
		t = timegm(&tm);
		if (t == (time_t)-1)
			return -EINVAL;
		t -= off;
	} else {
		tm.tm_isdst = -1;
		if ((t = mktime(&tm)) == (time_t)-1)
			return -EINVAL;
	}
	*out = t;
	return 0;
}

int
dates_parse_iso(const char *s, time_t *out)
{
	int y, mo = 1, d = 1, h = 0, mi = 0, sec = 0, oh, om = 0;
	bool utc = false;
	long off = 0;
	int sign;

	if (s == NULL)
		return -EINVAL;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (fixed(&s, 4, &y) < 0)
		return -EINVAL;
	if (*s == '-') {
		s++;
		if (fixed(&s, 2, &mo) < 0)
			return -EINVAL;
		if (*s == '-') {
			s++;
			if (fixed(&s, 2, &d) < 0)
				return -EINVAL;
			if (*s == 'T' || *s == 't' || *s == ' ') {
				s++;
				if (fixed(&s, 2, &h) < 0 || *s++ != ':' ||
				    fixed(&s, 2, &mi) < 0)
					return -EINVAL;
				if (*s == ':') {
					s++;
					if (fixed(&s, 2, &sec) < 0)
						return -EINVAL;
					if (*s == '.' || *s == ',') {
						s++;
						if (*s < '0' || *s > '9')
							return -EINVAL;
						while (*s >= '0' && *s <= '9')
							s++;
					}
				}
				if (*s == 'Z' || *s == 'z') {
					utc = true;
					s++;
				} else if (*s == '+' || *s == '-') {
					sign = *s++ == '-' ? -1 : 1;
					if (fixed(&s, 2, &oh) < 0)
						return -EINVAL;
					if (*s == ':')
						s++;
					if (*s != '\0' && fixed(&s, 2, &om) < 0)
						return -EINVAL;
					if (oh > 23 || om > 59)
						return -EINVAL;
					utc = true;
					off = sign * (oh * 3600L + om * 60L);
				}
			}
		}
	}
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (*s != '\0')
		return -EINVAL;
	return make_time(y, mo, d, h, mi, sec, utc, off, out);
}

int
dates_parse_pdf(const char *s, time_t *out)
{
	int v[6] = { 0, 1, 1, 0, 0, 0 };
	static const int width[6] = { 4, 2, 2, 2, 2, 2 };
	int i, oh = 0, om = 0, sign;
	bool utc = false;
	long off = 0;

	if (s == NULL)
		return -EINVAL;
	if (s[0] == 'D' && s[1] == ':')
		s += 2;
	if (fixed(&s, 4, &v[0]) < 0)
		return -EINVAL;
	for (i = 1; i < 6 && *s >= '0' && *s <= '9'; i++)
		if (fixed(&s, width[i], &v[i]) < 0)
			return -EINVAL;
	if (*s == 'Z') {
		utc = true;
		s++;
		/* "Z00'00'" is common. */
		while (*s == '0' || *s == '\'')
			s++;
	} else if (*s == '+' || *s == '-') {
		sign = *s++ == '-' ? -1 : 1;
		if (fixed(&s, 2, &oh) < 0)
			return -EINVAL;
		if (*s == '\'')
			s++;
		if (*s >= '0' && *s <= '9' && fixed(&s, 2, &om) < 0)
			return -EINVAL;
		if (*s == '\'')
			s++;
		if (oh > 23 || om > 59)
			return -EINVAL;
		utc = true;
		off = sign * (oh * 3600L + om * 60L);
	}
	if (*s != '\0')
		return -EINVAL;
	return make_time(v[0], v[1], v[2], v[3], v[4], v[5], utc, off, out);
}

char *
dates_rfc3339(time_t t, char *buf, size_t size)
{
	struct tm tm;

	if (buf == NULL || size < 21 || gmtime_r(&t, &tm) == NULL)
		return NULL;
	if (strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return NULL;
	return buf;
}
