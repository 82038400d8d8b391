/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * textnorm.c - one-pass normalisation of extracted text before matching.
 *
 * CJK, for removing whitespace between two such characters: Han (CJK
 * Unified Ideographs with extensions A..H, compatibility ideographs),
 * CJK symbols and punctuation U+3001..U+303F, Hiragana, Katakana,
 * Bopomofo, CJK strokes, enclosed CJK and compatibility blocks, Hangul
 * (syllables and jamo), CJK compatibility forms U+FE30..U+FE4F and the
 * whole Halfwidth and Fullwidth Forms block U+FF00..U+FFEF.  Full-width
 * characters are classified before they are folded to ASCII, so "安全，
 * 管理" and "安全，管理" both become "安全,管理" while "ISO 27001" keeps
 * its space.  Whitespace at the very start and end is dropped.
 * Zero-width characters (U+200B..U+200D, U+2060, U+FEFF BOM, U+00AD soft
 * hyphen) are removed; other control characters count as whitespace.
 *
 * The output is at most 3 bytes per input byte (an invalid byte becomes
 * the 3-byte U+FFFD), so one allocation up front is enough.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/textnorm.h"

/* Decode one code point from p[0..left); *n its length.  Rejects
 * overlongs, surrogates and > U+10FFFF: returns -1 with *n = 1. */
static int32_t
decode(const unsigned char *p, size_t left, size_t *n)
{
	uint32_t cp;
	unsigned char c = p[0];

	*n = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xC2 && c <= 0xDF) {
		if (left < 2 || (p[1] & 0xC0) != 0x80)
			return -1;
		*n = 2;
		return ((c & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return -1;
		cp = ((uint32_t)(c & 0x0F) << 12) |
		    ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
			return -1;
		*n = 3;
		return (int32_t)cp;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 ||
		    (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
			return -1;
		cp = ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(p[1] & 0x3F) << 12) |
		    ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		if (cp < 0x10000 || cp > 0x10FFFF)
			return -1;
		*n = 4;
		return (int32_t)cp;
	}
	return -1;
}

static bool
is_cjk(uint32_t cp)
{
	if (cp < 0x1100)
		return false;
	return (cp >= 0x1100 && cp <= 0x11FF) ||       /* Hangul jamo */
	    (cp >= 0x2E80 && cp <= 0x2FDF) ||           /* radicals */
	    (cp >= 0x3001 && cp <= 0x303F) ||           /* CJK punctuation */
	    (cp >= 0x3040 && cp <= 0x30FF) ||           /* kana */
	    (cp >= 0x3100 && cp <= 0x312F) ||           /* bopomofo */
	    (cp >= 0x3130 && cp <= 0x318F) ||           /* Hangul compat */
	    (cp >= 0x31A0 && cp <= 0x33FF) ||           /* strokes..compat */
	    (cp >= 0x3400 && cp <= 0x4DBF) ||           /* ext A */
	    (cp >= 0x4E00 && cp <= 0x9FFF) ||           /* unified */
	    (cp >= 0xAC00 && cp <= 0xD7AF) ||           /* Hangul */
	    (cp >= 0xF900 && cp <= 0xFAFF) ||           /* compat ideographs */
	    (cp >= 0xFE30 && cp <= 0xFE4F) ||           /* compat forms */
	    (cp >= 0xFF00 && cp <= 0xFFEF) ||           /* full/halfwidth */
	    (cp >= 0x20000 && cp <= 0x3FFFF);           /* ext B..H */
}

static bool
is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp <= 0x20 || cp == 0x7F;
	return (cp >= 0x80 && cp <= 0xA0) || cp == 0x1680 ||
	    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
	    cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static bool
is_invisible(uint32_t cp)
{
	return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 ||
	    cp == 0xFEFF;
}

/*
 * The one pass.  offs[0..n), sorted raw offsets, become the offsets of
 * the output where the text at them starts: resolved when the next
 * character is written (after the space a whitespace run may become), so
 * a section never starts with the separator before its heading.
 */
static int
normalize(const char *in, size_t len, char **out, size_t *out_len,
    size_t *offs, size_t n, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)in;
	const unsigned char *end = p + len;
	char *buf, *o, *shrunk;
	bool pending = false, hard = false, prev_cjk = false, cjk;
	size_t seen = 0, done = 0, nb;
	int32_t c;
	uint32_t cp;

	*out = NULL;
	*out_len = 0;
	if (len > (SIZE_MAX - 1) / 3)
		return -ENOMEM;
	if ((buf = malloc(len * 3 + 1)) == NULL)
		return -ENOMEM;
	o = buf;
	while (p < end) {
		while (seen < n && offs[seen] <= (size_t)(p -
		    (const unsigned char *)in))
			seen++;
		/* ASCII fast path: most bytes of mixed text. */
		if (*p >= 0x21 && *p < 0x7F) {
			if (pending && o != buf)
				*o++ = ' ';
			pending = hard = false;
			prev_cjk = false;
			for (; done < seen; done++)
				offs[done] = (size_t)(o - buf);
			*o++ = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
			p++;
			continue;
		}
		c = decode(p, (size_t)(end - p), &nb);
		p += nb;
		cp = c < 0 ? 0xFFFD : (uint32_t)c;
		if (is_space(cp)) {
			pending = true;
			if ((flags & TEXTNORM_HARD_BREAKS) && (cp == '\n' ||
			    cp == '\t' || cp == '\r' || cp == 0x2029))
				hard = true;
			continue;
		}
		if (is_invisible(cp))
			continue;
		cjk = is_cjk(cp);
		if (cp >= 0xFF01 && cp <= 0xFF5E)
			cp -= 0xFEE0;
		if ((cp >= 'A' && cp <= 'Z') ||
		    (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
			cp += 0x20;
		if (pending && o != buf && (hard || !(prev_cjk && cjk)))
			*o++ = ' ';
		pending = hard = false;
		prev_cjk = cjk;
		for (; done < seen; done++)
			offs[done] = (size_t)(o - buf);
		o += g_unichar_to_utf8((gunichar)cp, o);
	}
	*o = '\0';
	*out_len = (size_t)(o - buf);
	for (; done < n; done++)
		offs[done] = *out_len;
	/* Give back the slack of the worst-case allocation. */
	if ((shrunk = realloc(buf, *out_len + 1)) != NULL)
		buf = shrunk;
	*out = buf;
	return 0;
}

/*
 * Each step of normalize() in reverse: a character it would change
 * (whitespace, an invisible one, full-width ASCII, an upper-case letter)
 * or replace (invalid UTF-8) makes s not normal.  Then no space is ever
 * written and every other character is written as read.
 */
bool
textnorm_is_normal(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len;
	size_t nb;
	int32_t c;

	while (p < end) {
		if (*p >= 0x21 && *p < 0x7F) {
			if (*p >= 'A' && *p <= 'Z')
				return false;
			p++;
			continue;
		}
		if (*p < 0x80)
			return false;   /* a control character or space */
		/* U+4000..U+9FFF (most of a Chinese name): no space, no
		 * invisible, no full-width or upper-case character. */
		if (*p >= 0xe4 && *p <= 0xe9 && end - p >= 3 &&
		    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
			p += 3;
			continue;
		}
		if ((c = decode(p, (size_t)(end - p), &nb)) < 0 ||
		    is_space((uint32_t)c) || is_invisible((uint32_t)c) ||
		    (c >= 0xFF01 && c <= 0xFF5E) ||
		    (c >= 0xC0 && c <= 0xDE && c != 0xD7))
			return false;
		p += nb;
	}
	return true;
}

int
textnorm_normalize(const char *in, size_t len, char **out, size_t *out_len)
{
	return normalize(in, len, out, out_len, NULL, 0, 0);
}

int
textnorm_normalize_map(const char *in, size_t len, char **out,
    size_t *out_len, size_t *offs, size_t n)
{
	return normalize(in, len, out, out_len, offs, n, 0);
}

int
textnorm_normalize_flags(const char *in, size_t len, char **out,
    size_t *out_len, size_t *offs, size_t n, unsigned flags)
{
	return normalize(in, len, out, out_len, offs, n, flags);
}
