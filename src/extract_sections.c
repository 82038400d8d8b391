/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_sections.c - split an extracted document into sections.
 *
 * Companies combine: a 管理手册 whose chapters are several procedures, an
 * equipment log whose columns are several record kinds.  The classifier
 * judges each section as it judges a file, so the extraction says where
 * the sections are:
 *  - families that know the structure (docx heading styles and outline
 *    levels, odt text:h, xlsx sheets, PDF outlines) mark it in their text
 *    (extract_impl.h); the marks are taken out here, wherever the
 *    family's parts ended up in the final text order;
 *  - spreadsheet families report columns under each sheet's header row,
 *    with whether data rows follow;
 *  - otherwise (txt, PDF text, legacy .doc, a docx without heading styles)
 *    a line that is short and starts with a chapter number (第三章,
 *    第二节, 一、, 5, 5.1) is a heading;
 *  - tables: docx marks its w:tbl; in PDF and plain text a run of lines
 *    with a tab between two cells (extract_pdf.c writes a column gap as a
 *    tab) is one.  A numbered line in a table is a row, not a heading.
 * A section runs to the next heading of the same or a higher level; a
 * column's text is its sheet's.  At most DOC_SECTIONS_MAX sections.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/extract.h"
#include "extract_impl.h"

#define MARK_LEN 3              /* both marks are 3 UTF-8 bytes */
#define NUMBERED_MAX_CHARS 30   /* a longer line is a sentence */
/* A compilation's part (第七篇, 第二部分) is headed by the full name of the
 * document it holds: 第七篇 信息中心信息系统安全风险分级管控和隐患排查治理
 * 实施细则 is 31 characters and no sentence. */
#define PART_MAX_CHARS 48
#define COLUMN_HEADER_MAX_CHARS 16      /* a longer cell is a value */
#define SHEET_NAMES_MAX 256

struct sec_list {
	struct doc_section *v;
	size_t n, cap;
	unsigned long *sheet_num;       /* per entry: 'S' number, or 0 */
	GArray *tables;                 /* struct text_range */
};

void
doc_sections_free(struct doc_section *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].heading);
		free(v[i].sheet);
	}
	free(v);
}

/* Trimmed copy of s[0..len), at most DOC_SECTION_HEADING_MAX bytes cut
 * on a character boundary; "" stays "". */
static char *
heading_dup(const char *s, size_t len)
{
	const char *end;

	while (len > 0 && g_ascii_isspace(*s)) {
		s++;
		len--;
	}
	while (len > 0 && g_ascii_isspace(s[len - 1]))
		len--;
	if (len > DOC_SECTION_HEADING_MAX) {
		end = g_utf8_find_prev_char(s, s + DOC_SECTION_HEADING_MAX + 1);
		len = end != NULL ? (size_t)(end - s) : 0;
	}
	return g_strndup(s, len);
}

/* Append a section; a full list drops it.  0 or -ENOMEM. */
static int
sec_add(struct sec_list *l, enum doc_section_kind kind, unsigned level,
    const char *heading, size_t hlen, size_t start, unsigned long num)
{
	struct doc_section *nv;
	unsigned long *nn;
	char *h;

	if (l->n >= DOC_SECTIONS_MAX)
		return 0;
	if ((h = heading_dup(heading, hlen)) == NULL)
		return -ENOMEM;
	if (h[0] == '\0' && kind != DOC_SECTION_SHEET) {
		free(h);        /* an empty heading names nothing */
		return 0;
	}
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;

		if ((nv = realloc(l->v, cap * sizeof(*nv))) == NULL) {
			free(h);
			return -ENOMEM;
		}
		l->v = nv;
		if ((nn = realloc(l->sheet_num, cap * sizeof(*nn))) == NULL) {
			free(h);
			return -ENOMEM;
		}
		l->sheet_num = nn;
		l->cap = cap;
	}
	memset(&l->v[l->n], 0, sizeof(l->v[0]));
	l->v[l->n].kind = kind;
	l->v[l->n].level = level;
	l->v[l->n].heading = h;
	l->v[l->n].start = start;
	l->sheet_num[l->n] = num;
	l->n++;
	return 0;
}

/* Record the table [start, end); empty ones and those over the cap go. */
static void
table_add(struct sec_list *l, size_t start, size_t end)
{
	struct text_range t = { start, end };

	if (end > start && l->tables->len < DOC_TABLES_MAX)
		g_array_append_val(l->tables, t);
}

/* Is offset x inside a recorded table? */
static bool
in_table(const struct sec_list *l, size_t x)
{
	guint i;

	for (i = 0; i < l->tables->len; i++) {
		const struct text_range *t = &g_array_index(l->tables,
		    struct text_range, i);

		if (x >= t->start && x < t->end)
			return true;
	}
	return false;
}

static bool
at_mark(const char *p, const char *end, const char *mark)
{
	return end - p >= MARK_LEN && memcmp(p, mark, MARK_LEN) == 0;
}

/*
 * Take the marks out of r->text (in place: the text only shrinks),
 * recording headings and sheets in l and sheet names in names.
 */
static int
strip_marks(struct extract_result *r, struct sec_list *l, GPtrArray *names)
{
	char *t = r->text, *end = r->text + r->text_len, *p = t, *o = t;
	char tag = 0;           /* the mark whose text is open: 'H', 'N' */
	unsigned level = 0;
	size_t open_at = 0, table_at = 0;
	bool table_open = false, begin;
	int rc;

	while (p < end) {
		if (at_mark(p, end, EXTRACT_MARK_CLOSE)) {
			p += MARK_LEN;
			if (tag == 'H' && (rc = sec_add(l, DOC_SECTION_HEADING,
			    level, t + open_at, (size_t)(o - t) - open_at,
			    open_at, 0)) < 0)
				return rc;
			if (tag == 'T') {
				/* An outline entry: its title names the
				 * section but is not text of the page. */
				if ((rc = sec_add(l, DOC_SECTION_HEADING, level,
				    t + open_at, (size_t)(o - t) - open_at,
				    open_at, 0)) < 0)
					return rc;
				o = t + open_at;
			}
			if (tag == 'N' && names->len < SHEET_NAMES_MAX)
				g_ptr_array_add(names, heading_dup(t + open_at,
				    (size_t)(o - t) - open_at));
			tag = 0;
			continue;
		}
		if (!at_mark(p, end, EXTRACT_MARK_OPEN)) {
			*o++ = *p++;
			continue;
		}
		p += MARK_LEN;
		if (p >= end)
			break;
		switch (*p++) {
		case 'H':
		case 'T':
			if (p < end && *p >= '1' && *p <= '9') {
				tag = p[-1];
				level = (unsigned)(*p++ - '0');
				open_at = (size_t)(o - t);
			}
			break;
		case 'N':
			if (at_mark(p, end, EXTRACT_MARK_CLOSE)) {
				p += MARK_LEN;
				tag = 'N';
				open_at = (size_t)(o - t);
			}
			break;
		case 'B':
		case 'E':
			if (!at_mark(p, end, EXTRACT_MARK_CLOSE))
				break;
			begin = p[-1] == 'B';
			p += MARK_LEN;
			if (begin && !table_open) {
				table_open = true;
				table_at = (size_t)(o - t);
			} else if (!begin && table_open) {
				table_open = false;
				table_add(l, table_at, (size_t)(o - t));
			}
			break;
		case 'S': {
			unsigned long num = 0;

			/* A sheet ends its predecessor's table, even one whose
			 * end mark a broken sheet never wrote. */
			if (table_open) {
				table_open = false;
				table_add(l, table_at, (size_t)(o - t));
			}

			while (p < end && *p >= '0' && *p <= '9' &&
			    num < 100000)
				num = num * 10 + (unsigned long)(*p++ - '0');
			if (at_mark(p, end, EXTRACT_MARK_CLOSE)) {
				p += MARK_LEN;
				if ((rc = sec_add(l, DOC_SECTION_SHEET, 1, "", 0,
				    (size_t)(o - t), num)) < 0)
					return rc;
			}
			break;
		}
		default:
			/* Not ours (the document had the noncharacter
			 * itself): drop the mark, keep what follows it,
			 * which may be the start of a multi-byte character
			 * (found by fuzz_text). */
			p--;
			break;
		}
	}
	if (table_open)         /* cut by the text limit */
		table_add(l, table_at, (size_t)(o - t));
	r->text_len = (size_t)(o - t);
	*o = '\0';
	return 0;
}

/* Length of the Chinese numeral (一 .. 十, 百, 零, 〇, 两) or ASCII digit
 * at p, or 0. */
static size_t
numeral_len(const char *p, const char *end)
{
	static const char *const numerals[] = { "一", "二", "三", "四", "五",
	    "六", "七", "八", "九", "十", "百", "零", "〇", "两" };
	size_t i;

	if (p < end && g_ascii_isdigit(*p))
		return 1;
	for (i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (end - p >= 3 && memcmp(p, numerals[i], 3) == 0)
			return 3;
	return 0;
}

/* 编 after 第N: a compilation's part (第一编 运维问题管理规程), not 编号. */
static bool
part_word_bian(const char *p, const char *end)
{
	return end - p >= 3 && strncmp(p, "编", 3) == 0 &&
	    !(end - p >= 6 && strncmp(p + 3, "号", 3) == 0);
}

/* Does s (a trimmed line) start like a numbered heading?  Its level, or
 * 0: 第N章/篇/编/部分 1, 第N节 2, 5 1, 5.1 2 (and so on), 一、 2. */
static unsigned
numbered_level(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	unsigned level = 1, n = 0;
	size_t k;

	/* 议题1 / 议题二：: an agenda item of minutes, below chapters. */
	if (len > 6 && strncmp(p, "议题", 6) == 0) {
		p += 6;
		if (g_ascii_isdigit(*p))
			for (; p < end && g_ascii_isdigit(*p) && n < 2; n++)
				p++;
		else
			for (; (k = numeral_len(p, end)) > 0 && n < 3; n++)
				p += k;
		if (n == 0 || p >= end)
			return 0;
		if (*p == ' ' || *p == '\t' || *p == ':' || (end - p >= 3 &&
		    (strncmp(p, "：", 3) == 0 || strncmp(p, "、", 3) == 0 ||
		    strncmp(p, "\xE3\x80\x80", 3) == 0)))
			return 2;
		return 0;
	}
	if (len >= 3 && strncmp(p, "第", 3) == 0) {
		for (p += 3; (k = numeral_len(p, end)) > 0 && n < 8; n++)
			p += k;
		if (n == 0 || end - p < 3)
			return 0;
		if (strncmp(p, "章", 3) == 0 || strncmp(p, "篇", 3) == 0 ||
		    part_word_bian(p, end) ||
		    (end - p >= 6 && strncmp(p, "部分", 6) == 0))
			return 1;
		return strncmp(p, "节", 3) == 0 ? 2 : 0;
	}
	if (g_ascii_isdigit(*p)) {
		while (p < end && g_ascii_isdigit(*p) && n < 3) {
			p++;
			n++;
		}
		if (n > 2)
			return 0;       /* 2025年: a year, not a chapter */
		while (end - p > 1 && *p == '.' && g_ascii_isdigit(p[1]) &&
		    level < 4) {
			p++;
			for (n = 0; p < end && g_ascii_isdigit(*p) && n < 3; n++)
				p++;
			level++;
		}
		if (p < end && *p == '.')
			p++;
		else if (end - p >= 3 && (strncmp(p, "、", 3) == 0 ||
		    strncmp(p, "．", 3) == 0))  /* 1、 1． (full-width) */
			p += 3;
		else if (p >= end || (*p != ' ' && *p != '\t' &&
		    (end - p < 3 || strncmp(p, "\xE3\x80\x80", 3) != 0)))
			return 0;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		/* The heading's words follow: not a number, not a unit. */
		if (p >= end || g_ascii_isdigit(*p) || *p == '%')
			return 0;
		return level;
	}
	/* 一、 二、: a numbered part, one level below chapters. */
	while ((k = numeral_len(p, end)) == 3 && n < 3) {
		p += k;
		n++;
	}
	if (n > 0 && end - p > 3 && strncmp(p, "、", 3) == 0)
		return 2;
	return 0;
}

/*
 * The length of a heading in characters, where the English translation
 * that follows the Chinese words of a bilingual heading (第4章 服务请求管理
 * 流程 Service Request Fulfilment) counts a word as one: it is the same
 * heading said twice, not a sentence.  s is valid UTF-8.
 */
static glong
heading_chars(const char *s, size_t len)
{
	const char *p, *end = s + len, *tail = NULL;
	glong chars = 0, words = 0;
	bool in_word = false;
	gunichar c;

	for (p = s; p < end; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (g_unichar_iswide(c) && g_unichar_isalpha(c))
			tail = g_utf8_next_char(p);
	}
	if (tail == NULL)
		return g_utf8_strlen(s, (gssize)len);
	for (p = tail; p < end; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		/* Full-width brackets around the English words (故障管理规范
		 * （Incident Management）) are punctuation, as ( ) are. */
		if (c == 0xFF08 || c == 0xFF09) {
			in_word = false;
			continue;
		}
		if (c >= 0x80)
			return g_utf8_strlen(s, (gssize)len);
		if (g_ascii_isalpha(*p) && !in_word)
			words++;
		in_word = g_ascii_isalnum(*p);
	}
	if (words == 0)
		return g_utf8_strlen(s, (gssize)len);
	chars = g_utf8_strlen(s, (gssize)(tail - s));
	return chars + words;
}

/* Does s[0..len) open a part (第二篇, 第一编, 第三部分)?  Its numbering only. */
static bool
part_numbered(const char *s, size_t len)
{
	const char *p = s + 3, *end = s + len;
	size_t k, n = 0;

	if (len < 6 || strncmp(s, "第", 3) != 0)
		return false;
	for (; (k = numeral_len(p, end)) > 0 && n < 8; n++)
		p += k;
	return n > 0 && ((end - p >= 3 && strncmp(p, "篇", 3) == 0) ||
	    part_word_bian(p, end) ||
	    (end - p >= 6 && strncmp(p, "部分", 6) == 0));
}

/*
 * Does the line open a part of a compilation (第七篇, 第二部分) and hold
 * no sentence's punctuation?  Such a line may run to PART_MAX_CHARS.
 */
static bool
part_heading(const char *s, size_t len)
{
	static const char *const inner[] = { "。", "；", "，", ";", ",",
	    "：", ":" };
	size_t i;

	if (!part_numbered(s, len))
		return false;
	for (i = 0; i < sizeof(inner) / sizeof(inner[0]); i++)
		if (g_strstr_len(s, (gssize)len, inner[i]) != NULL)
			return false;
	return true;
}

/* Where a table of contents entry's leaders start in [s, e), or NULL. */
static const char *
toc_leader(const char *s, const char *e)
{
	static const char *const leaders[] = { "…", "⋯", "....", "···",
	    "．．．" };
	const char *p;
	size_t i;

	for (i = 0; i < sizeof(leaders) / sizeof(leaders[0]); i++)
		if ((p = g_strstr_len(s, e - s, leaders[i])) != NULL)
			return p;
	return NULL;
}

/* Does the line read as a heading rather than a sentence or a table of
 * contents entry? */
static bool
heading_shaped(const char *s, size_t len)
{
	static const char *const enders[] = { "。", "；", "，", ";", ",",
	    "…", "：" };
	glong chars;
	size_t i, k;

	if (!g_utf8_validate(s, (gssize)len, NULL))
		return false;
	chars = heading_chars(s, len);
	if (chars < 2 || chars > PART_MAX_CHARS ||
	    (chars > NUMBERED_MAX_CHARS && !part_heading(s, len)))
		return false;
	for (i = 0; i < sizeof(enders) / sizeof(enders[0]); i++) {
		k = strlen(enders[i]);
		if (len >= k && memcmp(s + len - k, enders[i], k) == 0)
			return false;
	}
	/* TOC leaders and a trailing page number. */
	if (toc_leader(s, s + len) != NULL)
		return false;
	k = len;
	while (k > 0 && g_ascii_isdigit(s[k - 1]))
		k--;
	return !(k < len && k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'));
}

/*
 * The bytes of the heading a numbered line runs into its text with, or
 * 0: 二、宣贯服务持续改进：每人每季度至少提出一条改进建议 is the agenda item
 * 二、宣贯服务持续改进 of a meeting's record, the rest of the line its
 * text, as minutes and 班前会 records write them.  Only a Chinese numeral
 * and 、 (level 2): 1、组长：张三 and 1. 范围：本办法适用于… are lists, and
 * a digit would make a chapter of each of them.  Text must follow the
 * colon; what is before it must read as a heading.
 */
static size_t
run_in_len(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t n = 0, k;

	while ((k = numeral_len(p, end)) == 3 && n < 3) {
		p += k;
		n++;
	}
	if (n == 0 || end - p < 3 || strncmp(p, "、", 3) != 0)
		return 0;
	for (p += 3; p < end; p++) {
		if (*p == ':')
			k = 1;
		else if (end - p >= 3 && strncmp(p, "：", 3) == 0)
			k = 3;
		else
			continue;
		if (p + k >= end)
			return 0;
		return heading_shaped(s, (size_t)(p - s)) ? (size_t)(p - s) : 0;
	}
	return 0;
}

/*
 * Is the line an attachment's heading: 附件 (a number may follow) and
 * the attached document's name, on the line or, as official documents
 * lay it out, alone on the next one (附件1 / 运维知识库管理办法)?  Not
 * the notice's list of attachments (附件：1.…；2.…), which has a colon.
 * 0: no; 1: with its name; 2: bare, the name is the next line.
 */
static int
attachment_heading(const char *s, size_t len)
{
	const char *p = s + 6, *end = s + len;
	size_t k;

	if (len < 6 || memcmp(s, "附件", 6) != 0)
		return 0;
	while (p < end) {
		if (g_ascii_isdigit(*p))
			p++;
		else if ((k = numeral_len(p, end)) == 3)
			p += k;
		else
			break;
	}
	if (p < end && (*p == ':' || (end - p >= 3 &&
	    memcmp(p, "：", 3) == 0)))
		return 0;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end)
		return 2;
	return end - p >= 6 ? 1 : 0;    /* a name of two characters or more */
}

/* The next line of [*line, end), trimmed, in [*s, *e); false at the end. */
static bool
next_line(const char **line, const char *end, const char **s, const char **e)
{
	const char *nl;

	if (*line >= end)
		return false;
	nl = memchr(*line, '\n', (size_t)(end - *line));
	*s = *line;
	*e = nl != NULL ? nl : end;
	while (*s < *e && (**s == ' ' || **s == '\t' || **s == '\r' ||
	    (*e - *s >= 3 && strncmp(*s, "\xE3\x80\x80", 3) == 0)))
		*s += **s == ' ' || **s == '\t' || **s == '\r' ? 1 : 3;
	while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t' ||
	    (*e)[-1] == '\r'))
		(*e)--;
	*line = nl != NULL ? nl + 1 : end;
	return true;
}

#define TOC_TITLES_MAX 64        /* documents a contents page lists */

/*
 * A contents entry of a compilation: 1. 运维服务持续改进管理办法 ……… 7 (a
 * number, the title, leaders, the page), or under a 目录 line only
 * numbered (一、运维服务管理总则).  The title, trimmed, in [*ts, *te), or
 * false.  Not a chapter's entry (第一章 总则 …… 3): that heading is
 * numbered where it stands.
 */
static bool
toc_entry(const char *s, const char *e, bool in_toc, const char **ts,
    const char **te, int *style)
{
	const char *p = s, *lead = toc_leader(s, e);
	size_t k, n = 0;

	if (strncmp(s, "第", 3) == 0)
		return false;
	if (lead != NULL) {
		for (k = 0; e - k > lead && g_ascii_isdigit(e[-1 - (long)k]);
		    k++)
			;
		if (k == 0)
			return false;
	} else if (!in_toc) {
		return false;
	} else {
		/* 一、运维服务管理总则 3: the page, if any, goes. */
		for (lead = e; lead > s && g_ascii_isdigit(lead[-1]); lead--)
			;
		if (lead == s || lead == e || (lead[-1] != ' ' &&
		    lead[-1] != '\t'))
			lead = e;
	}
	/* The entry's number: 1. 1、 一、 */
	*style = 0;
	while (p < lead && g_ascii_isdigit(*p) && n < 3) {
		p++;
		n++;
		*style = 1;
	}
	if (n == 0)
		while ((k = numeral_len(p, lead)) == 3 && n < 3) {
			p += k;
			n++;
			*style = 2;
		}
	if (n > 0) {
		if (p < lead && (*p == '.' || *p == ' '))
			p++;
		else if (lead - p >= 3 && (strncmp(p, "、", 3) == 0 ||
		    strncmp(p, "．", 3) == 0))
			p += 3;
		else
			return false;
	} else if (in_toc && lead == e) {
		return false;   /* neither leaders nor a number */
	}
	while (p < lead && (*p == ' ' || *p == '\t'))
		p++;
	while (lead > p && (lead[-1] == ' ' || lead[-1] == '\t'))
		lead--;
	if (lead - p < 6)
		return false;           /* two characters at least */
	*ts = p;
	*te = lead;
	return true;
}

/* Is the line the contents page's heading: 目录, 目 录? */
static bool
toc_heading(const char *s, const char *e)
{
	char buf[16];
	size_t n = 0;

	for (; s < e; s++)
		if (*s != ' ' && *s != '\t') {
			if (n == sizeof(buf) - 1)
				return false;
			buf[n++] = *s;
		}
	buf[n] = '\0';
	return strcmp(buf, "目录") == 0 || strcmp(buf, "\xE7\x9B\xAE\xE3\x80\x80\xE5\xBD\x95") == 0;
}

/*
 * After a document code that leads a title (Q/XYC-G-0305, ISMS-P-05,
 * GSLW-XJ-GC-07: ASCII with a digit, a letter or a '/', then a space),
 * where the title's words start; else NULL.
 */
static const char *
code_end(const char *s, const char *e)
{
	const char *p;
	bool digit = false, letter = false;

	for (p = s; p < e && *p != ' ' && *p != '\t'; p++) {
		if ((unsigned char)*p >= 0x80)
			return NULL;
		digit = digit || g_ascii_isdigit(*p);
		letter = letter || g_ascii_isalpha(*p) || *p == '/';
	}
	if (!digit || !letter || p == s)
		return NULL;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return e - p >= 6 ? p : NULL;
}

static bool
is_toc_title(const GPtrArray *titles, const char *s, size_t len)
{
	guint i;

	for (i = 0; titles != NULL && i < titles->len; i++) {
		const char *x = g_ptr_array_index(titles, i);

		if (strlen(x) == len && memcmp(x, s, len) == 0)
			return true;
	}
	return false;
}

/*
 * The documents a compilation's contents page lists, by title: in its
 * body each document starts at its title alone on a line (运维服务持续改进
 * 管理办法, then 第一章 总则), which no numbering marks as a heading.
 * The contents run from *from to *after (its entries are no headings).
 * NULL when the text lists fewer than two.
 */
static GPtrArray *
toc_titles(const char *t, const char *end, const char **from,
    const char **after)
{
	GPtrArray *v = NULL;
	const char *line, *s, *e, *ts, *te;
	bool in_toc = false;
	size_t entries = 0;
	int style, first = 0;

	for (line = t; next_line(&line, end, &s, &e); ) {
		if (e <= s)
			continue;
		if (toc_heading(s, e)) {
			in_toc = true;
			entries = 0;
			*from = s;
			continue;
		}
		if (!toc_entry(s, e, in_toc, &ts, &te, &style) ||
		    !heading_shaped(ts, (size_t)(te - ts))) {
			/* A chapter's entry (第一章 总则) stays in the
			 * contents; the first line of anything else ends
			 * them. */
			if (in_toc && entries > 0 && !(numbered_level(s,
			    (size_t)(e - s)) == 1 && strncmp(s, "第", 3) == 0))
				in_toc = false;
			continue;
		}
		/* An entry again: the body, which starts with the first
		 * document's title, numbered as the contents number it.
		 * Or numbered otherwise than the entries (1. … then 一、…):
		 * the body's own numbering. */
		if (in_toc && v != NULL && (is_toc_title(v, ts,
		    (size_t)(te - ts)) || (entries > 0 && style != first))) {
			in_toc = false;
			continue;
		}
		if (entries == 0)
			first = style;
		if (v == NULL)
			v = g_ptr_array_new_with_free_func(g_free);
		if (v->len < TOC_TITLES_MAX)
			g_ptr_array_add(v, g_strndup(ts, (gsize)(te - ts)));
		/* The entry may lead with the document's code, which its
		 * title line lacks (Q/XYC-G-0305 信息系统问题管理标准). */
		if ((ts = code_end(ts, te)) != NULL &&
		    v->len < TOC_TITLES_MAX)
			g_ptr_array_add(v, g_strndup(ts, (gsize)(te - ts)));
		if (*from == NULL)
			*from = s;
		entries++;
		*after = line;
	}
	if (v != NULL && v->len < 2) {
		g_ptr_array_free(v, TRUE);
		v = NULL;
	}
	return v;
}


/*
 * Numbered headings, and the headings of attachments: a notice that
 * issues several documents (a 制度汇编) holds each after 附件N, and each
 * has its own chapters.  The attachments are then the top level and
 * every numbered heading goes one level down, so that an attachment's
 * section runs over its chapters to the next attachment.
 */
/*
 * A compilation whose documents are parts, each with chapters that
 * start again at 第一章: 第七篇 …实施细则 or 三、…问题管理细则, then
 * 第一章 总则.  Each part runs over its chapters: parts go to the top
 * level, every other heading of v[from..n) one level down.  Without it,
 * a part ends at its first 第一章 (the same level) and holds no text.
 * A document the contents page lists (toc_titles()) is a part too.
 */
static void
nest_parts(struct doc_section *v, size_t from, size_t n, unsigned top,
    const GPtrArray *titles)
{
	bool *part, any = false;
	size_t i;

	if (n <= from || (part = calloc(n - from, sizeof(*part))) == NULL)
		return;         /* no memory: flat, as before */
	for (i = from; i < n; i++) {
		part[i - from] = part_numbered(v[i].heading,
		    strlen(v[i].heading)) || is_toc_title(titles,
		    v[i].heading, strlen(v[i].heading)) || (i + 1 < n &&
		    numbered_level(v[i].heading, strlen(v[i].heading)) == 2 &&
		    strncmp(v[i].heading, "第", 3) != 0 &&
		    strncmp(v[i + 1].heading, "第一章", 9) == 0);
		any = any || part[i - from];
	}
	for (i = from; any && i < n; i++)
		v[i].level = part[i - from] ? top : v[i].level + 1;
	free(part);
}

static int
find_numbered(const struct extract_result *r, struct sec_list *l)
{
	const char *t = r->text, *end = t + r->text_len, *line, *s, *e;
	const char *ns, *ne, *peek, *body = end, *toc = NULL;
	GPtrArray *titles;
	unsigned level;
	bool attach = false, chapters = false;
	size_t k, from = l->n;
	int a, rc = 0;

	for (line = t; !attach && next_line(&line, end, &s, &e); )
		attach = e > s && !in_table(l, (size_t)(s - t)) &&
		    attachment_heading(s, (size_t)(e - s)) != 0;
	titles = toc_titles(t, end, &toc, &body);
	for (line = t; next_line(&line, end, &s, &e); ) {
		if (e <= s || in_table(l, (size_t)(s - t)))
			continue;
		/* The contents page's entries head nothing. */
		if (titles != NULL && toc != NULL && s >= toc && s < body)
			continue;
		/* A listed document's title, after the contents page. */
		if (titles != NULL && s >= body &&
		    is_toc_title(titles, s, (size_t)(e - s))) {
			if ((rc = sec_add(l, DOC_SECTION_HEADING, 1, s,
			    (size_t)(e - s), (size_t)(s - t), 0)) < 0)
				goto out;
			continue;
		}
		a = attach ? attachment_heading(s, (size_t)(e - s)) : 0;
		if (a == 2) {
			/* 附件1, then the name on the next line. */
			peek = line;
			if (!next_line(&peek, end, &ns, &ne) || ne <= ns ||
			    !heading_shaped(ns, (size_t)(ne - ns)))
				continue;
			/* The heading is the name, where it stands. */
			if ((rc = sec_add(l, DOC_SECTION_HEADING, 1, ns,
			    (size_t)(ne - ns), (size_t)(ns - t), 0)) < 0)
				goto out;
			line = peek;
			continue;
		}
		/* The numbering first: it looks at the line's first bytes,
		 * the shape reads all of it, and most lines have none. */
		level = a == 1 ? 1 : numbered_level(s, (size_t)(e - s));
		if (level != 0 && a == 0 && !heading_shaped(s, (size_t)(e - s)) &&
		    (k = run_in_len(s, (size_t)(e - s))) > 0)
			e = s + k;      /* the heading, where it ends */
		else if (level == 0 || !heading_shaped(s, (size_t)(e - s)))
			continue;
		if (a != 1 && attach)
			level++;
		/* After a 第N章, a 1 目的 is a part of that chapter (a manual
		 * whose chapters are procedures numbered 1, 2, 3 each). */
		if (a == 0 && strncmp(s, "第", 3) == 0)
			chapters = chapters || level == 1 + (attach ? 1 : 0);
		else if (a == 0 && chapters && g_ascii_isdigit(*s) &&
		    level == 1 + (attach ? 1 : 0))
			level++;
		if ((rc = sec_add(l, DOC_SECTION_HEADING, level, s,
		    (size_t)(e - s), (size_t)(s - t), 0)) < 0)
			goto out;
	}
	nest_parts(l->v, from, l->n, attach ? 2 : 1, titles);
out:
	if (titles != NULL)
		g_ptr_array_free(titles, TRUE);
	return rc;
}

/* Does the line [s, e) hold cells: a tab between two of them, or two
 * gaps of two spaces or more (a layout that aligns columns with spaces:
 * "编制  张三  审核  李四"; one such gap may be "1  目的")? */
static bool
has_cells(const char *s, const char *e)
{
	unsigned gaps = 0;

	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	for (; s < e; s++) {
		if (*s == '\t')
			return true;
		if (*s == ' ' && s + 1 < e && s[1] == ' ') {
			while (s + 1 < e && s[1] == ' ')
				s++;
			if (++gaps >= 2)
				return true;
		}
	}
	return false;
}

/* Tables of a text without marks: runs of lines with cells. */
static void
find_tab_tables(const struct extract_result *r, struct sec_list *l)
{
	const char *t = r->text, *end = t + r->text_len, *line = t, *nl, *e;
	size_t start = 0;
	bool open = false;

	while (line < end) {
		nl = memchr(line, '\n', (size_t)(end - line));
		e = nl != NULL ? nl : end;
		if (has_cells(line, e)) {
			if (!open)
				start = (size_t)(line - t);
			open = true;
		} else if (open) {
			table_add(l, start, (size_t)(line - t));
			open = false;
		}
		line = nl != NULL ? nl + 1 : end;
	}
	if (open)
		table_add(l, start, r->text_len);
}

/* Headings inside a table are cells that look like headings. */
static void
drop_table_headings(struct sec_list *l)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind == DOC_SECTION_HEADING &&
		    in_table(l, l->v[i].start)) {
			free(l->v[i].heading);
			free(l->v[i].sheet);
			continue;
		}
		l->sheet_num[n] = l->sheet_num[i];
		l->v[n++] = l->v[i];
	}
	l->n = n;
}

/*
 * Is a header-row cell a column's label?  A key-value form (培训主题 |
 * 服务台事件受理与分级、ITSM工单系统操作) has its first row of two text
 * cells taken for the header; its value cell is long or a list, and must
 * not become a column that identifies a record.
 */
static bool
column_label(const char *h)
{
	static const char *const seps[] = { "、", "，", "。", "；", ",", ";" };
	size_t i;

	if (!g_utf8_validate(h, -1, NULL) ||
	    g_utf8_strlen(h, -1) > COLUMN_HEADER_MAX_CHARS)
		return false;
	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
		if (strstr(h, seps[i]) != NULL)
			return false;
	return true;
}

static int
cmp_start(const void *a, const void *b)
{
	const struct doc_section *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (int)x->kind - (int)y->kind;     /* a sheet before its columns */
}

/* Where each section ends: the next section of the same or a higher
 * level; a column where its sheet does. */
static void
set_ends(struct doc_section *v, size_t n, size_t text_len)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		v[i].end = text_len;
		if (v[i].kind == DOC_SECTION_COLUMN)
			continue;
		for (j = i + 1; j < n; j++)
			if (v[j].kind != DOC_SECTION_COLUMN &&
			    v[j].level <= v[i].level) {
				v[i].end = v[j].start;
				break;
			}
	}
	for (i = 1; i < n; i++)
		if (v[i].kind == DOC_SECTION_COLUMN)
			v[i].end = v[i - 1].end;
}

int
extract_sections_finish(struct extract_result *r,
    const struct extract_column *cols, size_t ncols, bool numbered)
{
	struct sec_list l = { NULL, 0, 0, NULL, NULL };
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	size_t i, j, nsheets;
	int rc = 0;

	l.tables = g_array_new(FALSE, FALSE, sizeof(struct text_range));
	if (r->text == NULL)
		goto done;
	if ((rc = strip_marks(r, &l, names)) < 0)
		goto done;
	if (numbered && l.tables->len == 0)
		find_tab_tables(r, &l);
	drop_table_headings(&l);
	nsheets = l.n;
	for (i = 0; i < nsheets; i++) {
		unsigned long num = l.sheet_num[i];

		if (l.v[i].kind != DOC_SECTION_SHEET)
			continue;
		free(l.v[i].heading);
		l.v[i].heading = num >= 1 && num <= names->len ?
		    g_strdup(g_ptr_array_index(names, num - 1)) :
		    g_strdup_printf("Sheet%lu", num);
		for (j = 0; j < ncols; j++) {
			if (cols[j].sheet != num || !column_label(cols[j].header))
				continue;
			if ((rc = sec_add(&l, DOC_SECTION_COLUMN, 2,
			    cols[j].header, strlen(cols[j].header),
			    l.v[i].start, num)) < 0)
				goto done;
			if (l.n > 0 && l.v[l.n - 1].kind == DOC_SECTION_COLUMN &&
			    l.v[l.n - 1].sheet == NULL) {
				l.v[l.n - 1].has_data_rows =
				    cols[j].has_data_rows;
				l.v[l.n - 1].sheet = g_strdup(l.v[i].heading);
			}
		}
	}
	if (l.n == 0 && numbered && (rc = find_numbered(r, &l)) < 0)
		goto done;
	if (l.n > 0) {
		qsort(l.v, l.n, sizeof(l.v[0]), cmp_start);
		set_ends(l.v, l.n, r->text_len);
	}
	doc_sections_free(r->sections, r->n_sections);
	r->sections = l.v;
	r->n_sections = l.n;
	l.v = NULL;
	l.n = 0;
	free(r->tables);
	r->n_tables = l.tables->len;
	r->tables = r->n_tables > 0 ? (struct text_range *)g_array_free(
	    l.tables, FALSE) : NULL;
	if (r->tables != NULL)
		l.tables = NULL;
done:
	doc_sections_free(l.v, l.n);
	free(l.sheet_num);
	if (l.tables != NULL)
		g_array_free(l.tables, TRUE);
	g_ptr_array_free(names, TRUE);
	return rc;
}
