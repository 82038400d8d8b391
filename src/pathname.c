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
	size_t off = 0, n;

	while (off < len) {
		if ((n = utf8_seq_len(p + off, len - off)) == 0)
			return false;
		off += n;
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

/* Keep valid UTF-8 runs, write each other byte as \xNN. */
static char *
escape_bytes(const char *raw, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)raw;
	char *out, *op;
	size_t off = 0, n;

	if ((out = malloc(len * 4 + 1)) == NULL)
		return NULL;
	op = out;
	while (off < len) {
		if ((n = utf8_seq_len(p + off, len - off)) > 0) {
			memcpy(op, p + off, n);
			op += n;
			off += n;
			continue;
		}
		*op++ = '\\';
		*op++ = 'x';
		*op++ = hex[p[off] >> 4];
		*op++ = hex[p[off] & 0xf];
		off++;
	}
	*op = '\0';
	return out;
}

int
pathname_to_utf8(const char *raw, char **out, enum pathname_decoding *how)
{
	size_t len = strlen(raw);
	char *s;
	int err;

	*out = NULL;
	if (utf8_valid(raw, len)) {
		if ((s = strdup(raw)) == NULL)
			return -ENOMEM;
		*how = PATHNAME_UTF8;
		*out = s;
		return 0;
	}
	if ((s = gb18030_to_utf8(raw, len, &err)) != NULL) {
		*how = PATHNAME_GB18030;
		*out = s;
		return 0;
	}
	if (err < 0)
		return err;
	if ((s = escape_bytes(raw, len)) == NULL)
		return -ENOMEM;
	*how = PATHNAME_ESCAPED;
	*out = s;
	return 0;
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
