/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * pathname.c - decode raw file-name bytes into UTF-8 for display and
 * matching.
 *
 * Names on the share are bytes.  Most are UTF-8; names that came from old
 * Windows machines or zip archives are GBK/GB18030.  Anything that is
 * neither keeps its valid UTF-8 runs and shows each bad byte as \xNN, so
 * two different raw names never decode to the same invisible string.
 */
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/pathname.h"

/*
 * Length of the well-formed UTF-8 sequence at s[0..len), or 0 when it is
 * ill-formed (Unicode 15, table 3-7: no overlongs, no surrogates, nothing
 * above U+10FFFF, no truncation).
 */
static size_t
utf8_seq_len(const unsigned char *s, size_t len)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;
	size_t n, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		if (c == 0xe0)
			lo = 0xa0;      /* overlong */
		else if (c == 0xed)
			hi = 0x9f;      /* surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		if (c == 0xf0)
			lo = 0x90;      /* overlong */
		else if (c == 0xf4)
			hi = 0x8f;      /* above U+10FFFF */
	} else
		return 0;
	if (len < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	return n;
}

bool
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const uint64_t high = 0x8080808080808080ULL;
	size_t i = 0, n;
	uint64_t w;
	uint32_t v;

	while (i < len) {
		if (p[i] < 0x80) {
			/* A run of ASCII: eight bytes with no high bit at a
			 * time. */
			i++;
			while (len - i >= 8) {
				memcpy(&w, p + i, 8);
				if ((w & high) != 0)
					break;
				i += 8;
			}
			continue;
		}
		/* The common character of a Chinese text: a lead byte
		 * E1-EC or EE-EF and two continuation bytes, in one test
		 * (E0 and ED bound their second byte: utf8_seq_len()). */
		if (len - i >= 4) {
			memcpy(&v, p + i, 4);
			v = GUINT32_FROM_LE(v);
			if ((v & 0xc0c0f0u) == 0x8080e0u && p[i] != 0xe0 &&
			    p[i] != 0xed) {
				i += 3;
				continue;
			}
		}
		if ((n = utf8_seq_len(p + i, len - i)) == 0)
			return false;
		i += n;
	}
	return true;
}

/*
 * Whole-string GB18030 decoding.  NULL when the bytes are not clean
 * GB18030 (a partial decode would hide which bytes were wrong), or on
 * allocation failure with *err set.
 */
static char *
gb18030_to_utf8(const char *raw, size_t len, int *err)
{
	iconv_t cd;
	char *out = NULL, *in = (char *)raw, *op;
	size_t cap, inleft = len, outleft;

	*err = 0;
	cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1)
		return NULL;    /* no gconv module: fall back to escaping */
	/* A GB18030 character is 1, 2 or 4 bytes and at most 4 in UTF-8. */
	cap = len * 2 + 1;
	if ((out = malloc(cap)) == NULL) {
		*err = -ENOMEM;
		goto done;
	}
	op = out;
	outleft = cap - 1;
	if (iconv(cd, &in, &inleft, &op, &outleft) == (size_t)-1 ||
	    inleft != 0 ||
	    iconv(cd, NULL, NULL, &op, &outleft) == (size_t)-1) {
		free(out);
		out = NULL;
		goto done;
	}
	*op = '\0';
	/* glibc's GB18030 maps some byte pairs to PUA or controls; still
	 * valid UTF-8, but make sure nothing odd slipped through. */
	if (!utf8_valid(out, (size_t)(op - out))) {
		free(out);
		out = NULL;
	}
done:
	iconv_close(cd);
	return out;
}

/* The mark a component decoded from GB18030 carries, before its
 * extension: 名称.txt in GBK beside 名称.txt in UTF-8 are two files and
 * must be told apart wherever their names are shown. */
#define GBK_MARK " [GBK]"

/* Append the UTF-8 s[0..len) to out, a literal backslash doubled: an
 * escaped byte is \xNN, so a name that really is "\xff" must not read
 * like one. */
static void
append_literal(GString *out, const char *s, size_t len)
{
	const char *bs;

	while (len > 0 && (bs = memchr(s, '\\', len)) != NULL) {
		g_string_append_len(out, s, bs - s + 1);
		g_string_append_c(out, '\\');
		len -= (size_t)(bs - s) + 1;
		s = bs + 1;
	}
	g_string_append_len(out, s, (gssize)len);
}

/* One path component c[0..len): 0 or -ENOMEM; *how raised to what it
 * needed. */
static int
decode_component(GString *out, const char *c, size_t len,
    enum pathname_decoding *how)
{
	const char *dot;
	char *s;
	int err;

	if (utf8_valid(c, len)) {
		const char *mark;

		if (memchr(c, '\\', len) != NULL)
			*how = PATHNAME_ESCAPED;
		/* A UTF-8 name that carries the mark itself gets its '['
		 * escaped: only a decoded name shows the mark as is. */
		while ((mark = g_strstr_len(c, (gssize)len, GBK_MARK)) !=
		    NULL) {
			append_literal(out, c, (size_t)(mark - c) + 1);
			g_string_append(out, "\\x5b");
			len -= (size_t)(mark - c) + 2;
			c = mark + 2;
			*how = PATHNAME_ESCAPED;
		}
		append_literal(out, c, len);
		return 0;
	}
	if ((s = gb18030_to_utf8(c, len, &err)) != NULL) {
		size_t slen = strlen(s);

		if (*how == PATHNAME_UTF8)
			*how = PATHNAME_GB18030;
		dot = strrchr(s, '.');
		if (dot == NULL || dot == s)
			dot = s + slen;
		append_literal(out, s, (size_t)(dot - s));
		g_string_append(out, GBK_MARK);
		append_literal(out, dot, slen - (size_t)(dot - s));
		free(s);
		return 0;
	}
	if (err < 0)
		return err;
	/* Keep the valid runs (their backslashes doubled), each bad byte
	 * as \xNN. */
	*how = PATHNAME_ESCAPED;
	while (len > 0) {
		size_t n = utf8_seq_len((const unsigned char *)c, len);

		if (n > 0)
			append_literal(out, c, n);
		else {
			g_string_append_printf(out, "\\x%02x",
			    (unsigned char)*c);
			n = 1;
		}
		c += n;
		len -= n;
	}
	return 0;
}

/*
 * Each component is decoded on its own: a GBK name copied into folders
 * made on a UTF-8 machine must not turn those folders into mojibake
 * (05-鏈嶅姟瀹炴柦/), which whole-path decoding does.
 */
int
pathname_to_utf8(const char *raw, char **out, enum pathname_decoding *how)
{
	GString *s;
	const char *p = raw, *slash;
	int rc = 0;

	*out = NULL;
	*how = PATHNAME_UTF8;
	if (utf8_valid(raw, strlen(raw)) && strchr(raw, '\\') == NULL &&
	    strstr(raw, GBK_MARK) == NULL) {
		if ((*out = strdup(raw)) == NULL)
			return -ENOMEM;
		return 0;
	}
	s = g_string_sized_new(strlen(raw) + 16);
	for (;;) {
		slash = strchr(p, '/');
		rc = decode_component(s, p, slash != NULL ?
		    (size_t)(slash - p) : strlen(p), how);
		if (rc < 0 || slash == NULL)
			break;
		g_string_append_c(s, '/');
		p = slash + 1;
	}
	if (rc == 0 && (*out = strdup(s->str)) == NULL)
		rc = -ENOMEM;
	g_string_free(s, TRUE);
	return rc;
}

char *
pathname_escape(const char *s)
{
	GString *out = g_string_sized_new(strlen(s) + 8);
	const char *p = s, *end = s + strlen(s);
	char *ret;

	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);

		if (c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_printf(out, "\\x%02x",
			    (unsigned char)*p);
			p++;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			g_string_append_printf(out, "\\x%02x", (unsigned)c);
		else if (c >= 0x80 && c <= 0x9f)
			g_string_append_printf(out, "\\u%04x", (unsigned)c);
		else
			g_string_append_len(out, p, g_utf8_next_char(p) - p);
		p = g_utf8_next_char(p);
	}
	ret = strdup(out->str);
	g_string_free(out, TRUE);
	return ret;
}
