/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * pathname.h - file names as users see them.
 *
 * Samba and NFS shares mostly carry UTF-8 names, but files copied from old
 * Windows machines or zip archives arrive with GBK/GB18030 bytes.  Rules
 * and the status document are UTF-8, so every name is decoded first.
 */
#ifndef EVIDENCED_PATHNAME_H
#define EVIDENCED_PATHNAME_H

#include <stdbool.h>
#include <stddef.h>

enum pathname_decoding {
	PATHNAME_UTF8 = 0,      /* already valid UTF-8 */
	PATHNAME_GB18030 = 1,   /* decoded from GB18030/GBK */
	PATHNAME_ESCAPED = 2,   /* neither: bad bytes written as \xNN */
};

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates,
 * nothing past U+10FFFF, no sequence cut short; NUL is valid), as
 * pcre2's check of a subject and g_utf8_validate() (which refuses NUL
 * too) have it.  Eight ASCII bytes or a Chinese character a test. */
bool utf8_valid(const char *s, size_t len);

/*
 * Decode raw path bytes into a new UTF-8 string *out (caller frees),
 * each '/'-separated component on its own: UTF-8 as is, else GB18030
 * with " [GBK]" before the extension, else \xNN for each bad byte.  A
 * literal backslash is written \\ (and a literal " [GBK]" as " \x5bGBK]"),
 * so two raw names never decode to the same string.  0 or -ENOMEM; *how
 * is the strongest decoding any component needed.
 */
int pathname_to_utf8(const char *raw, char **out,
    enum pathname_decoding *how);

/*
 * A copy of s that is safe to print on one line of a terminal or a log:
 * C0 controls (newline, ESC ...), DEL and C1 controls are written as
 * \xNN (\u0085 for C1), bytes that are not UTF-8 as \xNN, everything else
 * as is.  A name with a newline can then never forge a second output
 * line.  NULL on ENOMEM; caller frees.
 */
char *pathname_escape(const char *s);

#endif
