/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_text.c - plain text families: txt, csv, md and html.
 *
 * Chinese text files on a Windows share come in whatever encoding the
 * editor chose, so the encoding is detected, in this order:
 *   1. a BOM (UTF-8, UTF-16LE, UTF-16BE);
 *   2. for html, a <meta charset> / http-equiv declaration, if the file
 *      really converts cleanly from it (declarations are often wrong);
 *   3. UTF-16 without BOM, when NUL bytes sit mostly at odd (LE) or even
 *      (BE) offsets;
 *   4. UTF-8, when valid or nearly so (at most one bad byte per 10
 *      well-formed multibyte characters; a character cut at the very
 *      end is fine: a truncated copy is still UTF-8);
 *   5. GB18030 (superset of GBK and GB2312) against Big5: almost any Big5
 *      byte string is also valid GB18030, so "converts cleanly" cannot
 *      tell them apart; each candidate that converts is scored by how many
 *      of the most frequent Chinese characters (simplified and
 *      traditional) it yields, and the better one wins; GB18030 wins ties;
 *      but when neither yields common Chinese characters and uchardet
 *      names another charset (Shift-JIS, EUC-KR, Windows-1252 ...), that
 *      charset wins: GB18030 decodes nearly any byte string, as mojibake;
 *   6. otherwise uchardet's guess, else ISO-8859-1, which never fails.
 * Conversion is glibc iconv; bytes it rejects become U+FFFD and NULs
 * become spaces, so the result is always a usable C string.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <glib.h>
#include <uchardet.h>

#include "evidenced/extract.h"
#include "extract_impl.h"

#define SAMPLE_BYTES    (256 * 1024)

/* Frequent characters of Chinese prose and of compliance documents, in
 * simplified and traditional forms. */
static const char common_chars[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成"
    "会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着"
    "等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新"
    "线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公"
    "无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
    "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运"
    "农指几九区强放决西被干做必战先回则任取据处府研"
    "這為個國來們時對會發動過說產種後學經進實當從業還點應開與關間樣線內數"
    "問無係統軍題黨員總設長頭資邊級圖較將組見計別論運農幾區強決戰則據處"
    "信息安全服务维护记录报告检查审核评估应急响应预案培训资网络数据备份"
    "資訊務維護記錄報檢審評估應響預培訓網絡備";

/*
 * Convert in[0..n) from charset cs to UTF-8, appending to b.  Rejected
 * input counts in *bad and becomes U+FFFD (unit bytes skipped).  When b is
 * NULL the output is only counted (detection dry run) and *hits gets the
 * number of common Chinese characters produced.  -ENOMEM, -EINVAL when
 * iconv does not know cs, else 0.
 */
static int
convert(const char *cs, const char *in, size_t n, size_t unit,
    struct extract_buf *b, const uint32_t *common, size_t ncommon,
    size_t *bad, size_t *hits)
{
	char out[8192], *ip = (char *)(uintptr_t)in, *op;
	size_t il = n, ol, r, i, k;
	iconv_t cd;
	int rc = 0;

	*bad = 0;
	if (hits)
		*hits = 0;
	if ((cd = iconv_open("UTF-8", cs)) == (iconv_t)-1)
		return -EINVAL;
	while (il > 0) {
		op = out;
		ol = sizeof(out) - 4;
		r = iconv(cd, &ip, &il, &op, &ol);
		if (r == (size_t)-1 && errno != E2BIG) {
			/* EILSEQ, or EINVAL: a cut sequence at the end. */
			(*bad)++;
			k = unit < il ? unit : il;
			ip += k;
			il -= k;
			memcpy(op, "\xEF\xBF\xBD", 3);
			op += 3;
		}
		for (i = 0; i < (size_t)(op - out); i++)
			if (out[i] == '\0')
				out[i] = ' ';
		if (common != NULL && hits != NULL) {
			for (i = 0; i + 2 < (size_t)(op - out); i++) {
				unsigned char c = (unsigned char)out[i];
				uint32_t cp;
				size_t lo = 0, hi = ncommon;

				if ((c & 0xF0) != 0xE0)
					continue;
				cp = ((uint32_t)(c & 0x0F) << 12) |
				    ((uint32_t)(out[i + 1] & 0x3F) << 6) |
				    (uint32_t)(out[i + 2] & 0x3F);
				while (lo < hi) {
					size_t mid = (lo + hi) / 2;

					if (common[mid] < cp)
						lo = mid + 1;
					else
						hi = mid;
				}
				if (lo < ncommon && common[lo] == cp)
					(*hits)++;
				i += 2;
			}
		}
		/* glibc's UTF-8 decoder lets code points over U+10FFFF
		 * (F4 90.., 5- and 6-byte forms) through unchanged: what
		 * comes out of iconv is checked, not trusted. */
		if (b != NULL && !g_utf8_validate(out, op - out, NULL)) {
			char *fixed = g_utf8_make_valid(out, op - out);

			rc = extract_buf_append(b, fixed, strlen(fixed));
			g_free(fixed);
			if (rc < 0)
				break;
		} else if (b != NULL && (rc = extract_buf_append(b, out,
		    (size_t)(op - out))) < 0)
			break;
		if (b != NULL && b->truncated)
			break;
	}
	iconv_close(cd);
	return rc;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The common characters as sorted code points; caller frees. */
static uint32_t *
common_set(size_t *n)
{
	const unsigned char *p = (const unsigned char *)common_chars;
	uint32_t *set;
	size_t k = 0;

	if ((set = malloc(sizeof(common_chars) / 3 * sizeof(*set))) == NULL)
		return NULL;
	for (; p[0] && p[1] && p[2]; p += 3)
		set[k++] = ((uint32_t)(p[0] & 0x0F) << 12) |
		    ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	qsort(set, k, sizeof(*set), cmp_u32);
	*n = k;
	return set;
}

/*
 * Count well-formed multibyte UTF-8 sequences (*good) and bytes that are
 * not part of one (*bad) in s[0..n); one character cut at the very end is
 * not bad (a truncated copy is still UTF-8).
 */
static void
utf8_stats(const char *s, size_t n, size_t *good, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t need, i;

	*good = *bad = 0;
	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		if (*p >= 0xC2 && *p <= 0xDF)
			need = 1;
		else if (*p >= 0xE0 && *p <= 0xEF)
			need = 2;
		else if (*p >= 0xF0 && *p <= 0xF4)
			need = 3;
		else
			goto bad;
		for (i = 1; i <= need; i++) {
			if (p + i == end)
				return;
			if ((p[i] & 0xC0) != 0x80)
				goto bad;
		}
		if ((p[0] == 0xE0 && p[1] < 0xA0) ||
		    (p[0] == 0xED && p[1] >= 0xA0) ||
		    (p[0] == 0xF0 && p[1] < 0x90) ||
		    (p[0] == 0xF4 && p[1] >= 0x90))
			goto bad;
		(*good)++;
		p += need + 1;
		continue;
bad:
		(*bad)++;
		p++;
	}
}

/* charset=NAME in the first 4 KiB of an html file, as an iconv name, or
 * NULL. */
static const char *
html_charset(const char *s, size_t n, char *name, size_t size)
{
	size_t i, k;
	const char *p;

	if (n > 4096)
		n = 4096;
	for (i = 0; i + 8 <= n; i++) {
		if (strncasecmp(s + i, "charset=", 8) != 0)
			continue;
		p = s + i + 8;
		while (p < s + n && (*p == '"' || *p == '\'' || *p == ' '))
			p++;
		for (k = 0; p + k < s + n && k + 1 < size &&
		    ((p[k] >= 'a' && p[k] <= 'z') ||
		    (p[k] >= 'A' && p[k] <= 'Z') ||
		    (p[k] >= '0' && p[k] <= '9') || p[k] == '-' ||
		    p[k] == '_'); k++)
			name[k] = p[k];
		name[k] = '\0';
		if (k == 0)
			return NULL;
		if (strcasecmp(name, "gb2312") == 0 ||
		    strcasecmp(name, "gbk") == 0 ||
		    strcasecmp(name, "x-gbk") == 0 ||
		    strcasecmp(name, "gb_2312-80") == 0)
			return "GB18030";
		return name;
	}
	return NULL;
}

/* uchardet's guess for s[0..n) into name ("" when it has none).  0 or
 * -ENOMEM. */
static int
guess_charset(const char *s, size_t n, char *name, size_t size)
{
	uchardet_t ud;
	int rc = 0;

	name[0] = '\0';
	if ((ud = uchardet_new()) == NULL)
		return -ENOMEM;
	if (uchardet_handle_data(ud, s, n) != 0)
		rc = -ENOMEM;   /* its only failure is out of memory */
	else {
		uchardet_data_end(ud);
		snprintf(name, size, "%s", uchardet_get_charset(ud));
	}
	uchardet_delete(ud);
	return rc;
}

/* Does uchardet's answer say "some other script", not Chinese, ASCII or
 * UTF-8 (those the scoring here decides better)? */
static bool
other_charset(const char *name)
{
	static const char *const ours[] = { "GB", "BIG5", "EUC-TW", "HZ",
	    "ISO-2022-CN", "ASCII", "UTF-8", "UTF-16", "UTF-32" };
	size_t i;

	if (name[0] == '\0')
		return false;
	for (i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
		if (strncasecmp(name, ours[i], strlen(ours[i])) == 0)
			return false;
	return true;
}

/* Pick the charset of s[0..n) (no BOM).  *unit: bytes per code unit.
 * guess has room for uchardet's name when it is the one picked. */
static int
detect(const char *s, size_t n, const char *declared, const char **cs,
    size_t *unit, char *guess, size_t guess_size)
{
	size_t high = 0;
	size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
	size_t i, zeven = 0, zodd = 0, bad_gb, bad_b5, hits_gb, hits_b5;
	size_t good, bad_u8;
	size_t ncommon = 0;
	uint32_t *common = NULL;
	int rc;

	*unit = 1;
	if (declared != NULL &&
	    convert(declared, s, m, 1, NULL, NULL, 0, &bad_gb, NULL) == 0 &&
	    bad_gb == 0) {
		*cs = declared;
		return 0;
	}
	for (i = 0; i < m; i++)
		if (s[i] == '\0') {
			if (i & 1)
				zodd++;
			else
				zeven++;
		}
	if (zodd + zeven > m / 10 && (zodd > 4 * zeven || zeven > 4 * zodd)) {
		*cs = zodd > zeven ? "UTF-16LE" : "UTF-16BE";
		*unit = 2;
		return 0;
	}
	/* UTF-8 with a stray byte or two (a Latin-1 character pasted in)
	 * is still UTF-8: GB18030 would decode all of it as other
	 * characters without a single error. */
	utf8_stats(s, m, &good, &bad_u8);
	if (bad_u8 == 0 || (good >= 8 && bad_u8 * 10 <= good)) {
		*cs = "UTF-8";
		return 0;
	}
	if ((common = common_set(&ncommon)) == NULL)
		return -ENOMEM;
	if ((rc = convert("GB18030", s, m, 1, NULL, common, ncommon, &bad_gb,
	    &hits_gb)) < 0 ||
	    (rc = convert("BIG5", s, m, 1, NULL, common, ncommon, &bad_b5,
	    &hits_b5)) < 0)
		goto done;
	for (i = 0; i < m; i++)
		high += (unsigned char)s[i] >= 0x80;
	/*
	 * In Chinese prose about two characters in three are common ones
	 * (one per three high bytes); fewer than one per eight high bytes
	 * is another script decoded as mojibake (Korean in EUC-KR yields
	 * one per twenty): ask uchardet which.
	 */
	if ((hits_gb > hits_b5 ? hits_gb : hits_b5) * 8 < high) {
		if ((rc = guess_charset(s, m, guess, guess_size)) < 0)
			goto done;
		if (other_charset(guess)) {
			*cs = guess;
			goto done;
		}
	}
	/* A cut character at the end of the sample is not a verdict. */
	if (bad_b5 == 0 && (bad_gb > 1 || hits_b5 > hits_gb))
		*cs = "BIG5";
	else if (bad_gb <= 1)
		*cs = "GB18030";
	else
		*cs = "ISO-8859-1";
done:
	free(common);
	return rc;
}

/* Convert the whole file into b. */
static int
decode_file(const char *s, size_t n, const char *declared,
    struct extract_buf *b)
{
	const char *cs;
	char guess[64];
	size_t unit, bad;
	int rc;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		cs = "UTF-8";
		unit = 1;
		s += 3;
		n -= 3;
	} else if (n >= 2 && memcmp(s, "\xFF\xFE", 2) == 0) {
		cs = "UTF-16LE";
		unit = 2;
		s += 2;
		n -= 2;
	} else if (n >= 2 && memcmp(s, "\xFE\xFF", 2) == 0) {
		cs = "UTF-16BE";
		unit = 2;
		s += 2;
		n -= 2;
	} else if ((rc = detect(s, n, declared, &cs, &unit, guess,
	    sizeof(guess))) < 0)
		return rc;
	/* Valid UTF-8 (most files) is its own conversion, byte for byte:
	 * no NUL to blank (validation refuses one), nothing to mend, and
	 * a cut at the limit on the same character boundary (utf8_cut())
	 * as convert()'s chunks would have made it. */
	if (unit == 1 && strcmp(cs, "UTF-8") == 0 &&
	    g_utf8_validate(s, (gssize)n, NULL))
		return extract_buf_append(b, s, n);
	rc = convert(cs, s, n, unit, b, NULL, 0, &bad, NULL);
	if (rc == -EINVAL)      /* iconv without that charset: never fail */
		rc = convert("ISO-8859-1", s, n, 1, b, NULL, 0, &bad, NULL);
	return rc;
}

/* --- html ---------------------------------------------------------- */

static size_t
put_cp(uint32_t cp, char *o)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	return (size_t)g_unichar_to_utf8((gunichar)cp, o);
}

/* Decode the entity at s[0] == '&' into o; bytes consumed, 0 if it is
 * not one we know (then '&' is literal). */
static size_t
entity(const char *s, const char *end, char *o, size_t *olen)
{
	static const struct {
		const char *name;
		uint32_t cp;
	} named[] = {
		{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
		{ "apos", '\'' }, { "nbsp", ' ' }, { "copy", 0xA9 },
		{ "reg", 0xAE }, { "middot", 0xB7 }, { "times", 0xD7 },
		{ "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
		{ "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
		{ "hellip", 0x2026 },
	};
	const char *p = s + 1, *semi;
	uint32_t cp = 0;
	size_t i, len;

	for (semi = p; semi < end && semi - p < 12 && *semi != ';'; semi++)
		;
	if (semi >= end || *semi != ';' || semi == p)
		return 0;
	len = (size_t)(semi - p);
	if (*p == '#') {
		bool hex = len > 1 && (p[1] == 'x' || p[1] == 'X');

		if (len < (hex ? 3U : 2U))
			return 0;
		for (i = hex ? 2 : 1; i < len; i++) {
			unsigned c = (unsigned char)p[i], d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				return 0;
			cp = cp * (hex ? 16 : 10) + d;
			if (cp > 0x10FFFF)
				cp = 0x110000;
		}
		*olen = put_cp(cp, o);
		return len + 2;
	}
	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (strlen(named[i].name) == len &&
		    memcmp(named[i].name, p, len) == 0) {
			*olen = put_cp(named[i].cp, o);
			return len + 2;
		}
	return 0;
}

static const char *
find_ci(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);

	for (; s + n <= end; s++)
		if (strncasecmp(s, needle, n) == 0)
			return s;
	return NULL;
}

static bool
is_inline_tag(const char *name, size_t n)
{
	static const char *const tags[] = { "b", "i", "u", "s", "a", "em",
	    "strong", "span", "font", "sub", "sup", "small", "big", "code",
	    "abbr", "mark", "tt", "wbr", NULL };
	size_t i;

	for (i = 0; tags[i] != NULL; i++)
		if (strlen(tags[i]) == n && strncasecmp(tags[i], name, n) == 0)
			return true;
	return false;
}

/* Append s[0..n) to b with entities decoded. */
static int
append_decoded(struct extract_buf *b, const char *s, size_t n)
{
	const char *end = s + n, *run = s, *p;
	char tmp[8];
	size_t used, olen = 0;
	int rc;

	for (p = s; p < end; p++) {
		if (*p != '&')
			continue;
		if ((used = entity(p, end, tmp, &olen)) == 0)
			continue;
		if ((rc = extract_buf_append(b, run, (size_t)(p - run))) < 0 ||
		    (rc = extract_buf_append(b, tmp, olen)) < 0)
			return rc;
		p += used - 1;
		run = p + 1;
	}
	return extract_buf_append(b, run, (size_t)(end - run));
}

/* Strip markup from UTF-8 html s[0..n) into b; the first <title> also
 * goes to r->title. */
static int
html_strip(const char *s, size_t n, struct extract_buf *b,
    struct extract_result *r)
{
	const char *end = s + n, *p = s, *run = s, *t, *q, *close;
	struct extract_buf tb;
	size_t nl;
	char quote;
	int rc = 0;

	while (p < end) {
		if (*p != '<') {
			p++;
			continue;
		}
		if ((rc = append_decoded(b, run, (size_t)(p - run))) < 0)
			return rc;
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			q = find_ci(p + 4, end, "-->");
			p = run = q ? q + 3 : end;
			continue;
		}
		t = p + 1;
		if (t < end && *t == '/')
			t++;
		for (q = t; q < end && ((*q >= 'a' && *q <= 'z') ||
		    (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')); q++)
			;
		nl = (size_t)(q - t);
		/* Skip to the end of the tag; '>' inside quotes does not
		 * count. */
		for (quote = 0; q < end && (quote || *q != '>'); q++)
			if (quote && *q == quote)
				quote = 0;
			else if (!quote && (*q == '"' || *q == '\'') &&
			    nl > 0)
				quote = *q;
		q = q < end ? q + 1 : end;
		if (p[1] != '/' && ((nl == 6 && strncasecmp(t, "script", 6) == 0)
		    || (nl == 5 && strncasecmp(t, "style", 5) == 0))) {
			close = find_ci(q, end, nl == 6 ? "</script" : "</style");
			q = close ? close : end;
			while (q < end && *q != '>')
				q++;
			q = q < end ? q + 1 : end;
		} else if (p[1] != '/' && nl == 5 &&
		    strncasecmp(t, "title", 5) == 0 && r->title == NULL) {
			close = find_ci(q, end, "</title");
			if (close != NULL) {
				extract_buf_init(&tb, 1024);
				if ((rc = append_decoded(&tb, q,
				    (size_t)(close - q))) < 0) {
					extract_buf_free(&tb);
					return rc;
				}
				r->title = tb.data;     /* may stay NULL */
			}
		}
		if (nl > 0 && !is_inline_tag(t, nl) &&
		    (rc = extract_buf_append(b, "\n", 1)) < 0)
			return rc;
		p = run = q;
	}
	return append_decoded(b, run, (size_t)(end - run));
}

int
extract_plain(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	struct extract_buf b, raw;
	char *data = NULL, csname[48];
	const char *declared = NULL;
	size_t len = 0, rawmax;
	uint64_t want;
	bool over, html = format != NULL && strcmp(format, "html") == 0;
	int rc;

	extract_buf_init(&b, lim->max_text_bytes);
	extract_buf_init(&raw, 0);
	/* Markup is most of an html file: keep more raw text than the text
	 * limit, but bounded. */
	rawmax = lim->max_text_bytes > SIZE_MAX / 8 ? SIZE_MAX :
	    lim->max_text_bytes * 8;
	/*
	 * Read only what can become kept text: no encoding turns more than
	 * two input bytes into less than one output byte (UTF-16 ASCII), so
	 * twice the limit is enough.  A 90 MB log is cut, not read whole.
	 */
	want = html ? rawmax : lim->max_text_bytes;
	want = want > (UINT64_MAX - 8) / 2 ? UINT64_MAX : want * 2 + 8;
	if (want > lim->max_file_bytes)
		want = lim->max_file_bytes;
	if ((rc = extract_read_head(fd, want, &data, &len, &over)) < 0) {
		if (rc == -ENOMEM)
			goto done;
		extract_fail(r, EXTRACT_IO, "read error: %s", strerror(-rc));
		rc = 0;
		goto done;
	}
	if (over && want == lim->max_file_bytes) {
		extract_fail(r, EXTRACT_LIMIT, "limit: file larger than %llu "
		    "bytes (max_file_bytes)",
		    (unsigned long long)lim->max_file_bytes);
		goto done;
	}
	if (!html) {
		if ((rc = decode_file(data, len, NULL, &b)) < 0)
			goto done;
	} else {
		declared = html_charset(data, len, csname, sizeof(csname));
		extract_buf_init(&raw, rawmax);
		if ((rc = decode_file(data, len, declared, &raw)) < 0 ||
		    (rc = html_strip(raw.data ? raw.data : "", raw.len, &b,
		    r)) < 0)
			goto done;
		if (raw.truncated)
			b.truncated = true;
	}
	if (over)
		b.truncated = true;
	extract_buf_finish(&b, r);
done:
	extract_buf_free(&raw);
	extract_buf_free(&b);
	free(data);
	return rc;
}
