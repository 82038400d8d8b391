/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules_parser.c - reading rule files into the compiler's sections of key
 * occurrences (rules_compiler_add_path(), rules_compiler_add_string()):
 * the line grammar, the table of keys, section headers and every
 * diagnostic about them with file:line.  Each key's value goes to
 * rules_kv_finalize() (rules_value.c) as soon as its lines are complete,
 * so errors come out in file order.
 *
 * Parsing: inih does the tokenising (comments, "key = value", inline ';'
 * comments, continuation lines), but it reads through our own ini_reader,
 * which sees every raw line first.  That is how we know line numbers, tell
 * a continuation line from a repeated key and refuse over-long lines that
 * inih would silently split in two.  The reader classifies each line the
 * way inih will (mirroring its "previous key" state) and feeds inih a
 * harmless stand-in for a line it rejected, so both stay in step; the
 * handler then only collects values.
 *
 * Ownership: the sections, kvs and file names made here belong to the
 * compiler (rules_int.h); a struct parser lives for one buffer.
 */

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <glib.h>
#include <ini.h>

#include "evidenced/rules.h"
#include "rules_int.h"

#define RULES_FILE_MAX          (4u << 20)      /* a rule file is small */
#define RULES_ID_MAX            64

/* The keys of the format (doc/rules.md): how their lines make a value and
 * in which sections they may stand. */
const struct keydef rules_keydefs[K__COUNT] = {
	[K_PHASE] = { "phase", KK_TEXT, SEC_CLAUSE },
	[K_TEXT] = { "text", KK_TEXT, SEC_CLAUSE },
	[K_PROOF] = { "proof", KK_TEXT, SEC_CLAUSE },
	[K_LEVELS] = { "levels", KK_VALUE, SEC_CLAUSE },
	[K_NOTE] = { "note", KK_TEXT, SEC_CLAUSE },
	[K_ENABLED] = { "enabled", KK_VALUE, SEC_CLAUSE | SEC_ITEM },
	[K_LABEL] = { "label", KK_TEXT, SEC_ITEM },
	[K_NAME] = { "name", KK_PATTERN, SEC_ITEM },
	[K_TITLE] = { "title", KK_PATTERN, SEC_ITEM },
	[K_CONTENT_ALL] = { "content_all", KK_PATTERN, SEC_ITEM },
	[K_CONTENT_ANY] = { "content_any", KK_PATTERN, SEC_ITEM },
	[K_EXCLUDE] = { "exclude", KK_PATTERN, SEC_ITEM | SEC_DEFAULTS },
	[K_TYPES] = { "types", KK_VALUE, SEC_ITEM | SEC_DEFAULTS },
	[K_MIN_FILES] = { "min_files", KK_VALUE, SEC_ITEM },
	[K_MAX_AGE] = { "max_age", KK_VALUE, SEC_ITEM },
	[K_PATH] = { "path", KK_PATTERN, SEC_IGNORE },
	[K_KINDS] = { "kinds", KK_VALUE, SEC_ITEM },
	[K_TERMS] = { "terms", KK_TERMS, SEC_ITEM },
	[K_TERMS_GAP] = { "terms_gap", KK_VALUE, SEC_ITEM | SEC_DEFAULTS },
	[K_WORDS] = { "words", KK_PATTERN, SEC_VOCAB },
	[K_CHAPTERS] = { "chapters", KK_VALUE, SEC_ITEM },
	[K_ROWS] = { "rows", KK_PATTERN, SEC_ITEM },
	[K_NAME_ANY] = { "name_any", KK_PATTERN, SEC_ITEM },
};

/* inih's isspace() in the C locale, independent of setlocale(). */
bool
rules_is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

bool
rules_is_alnum_ascii(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

enum line_kind {
	LK_NONE,        /* the handler must ignore inih's call */
	LK_KEY,
	LK_CONT,
};

struct parser {
	struct rules_compiler *rc;
	const char *file;       /* owned by rc */
	enum rules_layer layer;
	const char *buf;
	size_t len;
	size_t pos;
	int lineno;
	enum line_kind kind;    /* of the line inih is processing */
	bool prev_name;         /* mirror of inih's prev_name[0] != '\0' */
	bool bad_section;       /* header was reported: ignore its keys */
	struct section *sec;
	struct kv *kv;          /* value being collected, NULL: ignore */
};

/* inih's find_chars_or_comment() with inline ';' comments on. */
static const char *
find_chars_or_comment(const char *s, const char *chars)
{
	int was_space = 0;

	while (*s != '\0' && (chars == NULL || strchr(chars, *s) == NULL) &&
	    !(was_space && *s == ';')) {
		was_space = rules_is_ws((unsigned char)*s);
		s++;
	}
	return s;
}

/* Optimal string alignment distance, for "did you mean" hints. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d[24][24], c, m;

	if (la >= 24 || lb >= 24)
		return SIZE_MAX;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			c = a[i - 1] != b[j - 1];
			m = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < m)
				m = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + c < m)
				m = d[i - 1][j - 1] + c;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < m)
				m = d[i - 2][j - 2] + 1;
			d[i][j] = m;
		}
	}
	return d[la][lb];
}

static const char *
sec_kind_name(enum sec_kind k)
{
	switch (k) {
	case SEC_DEFAULTS:
		return "[defaults]";
	case SEC_IGNORE:
		return "[ignore]";
	case SEC_CLAUSE:
		return "a clause section [ID]";
	case SEC_VOCAB:
		return "a vocabulary [vocab NAME]";
	default:
		return "an item section [ID/ITEM]";
	}
}

static void
report_unknown_key(struct parser *p, const char *name)
{
	const char *best = NULL;
	size_t i, d, bestd = SIZE_MAX;
	int where = -1;

	for (i = 0; i < K__COUNT; i++) {
		if (strcmp(rules_keydefs[i].name, name) == 0)
			where = (int)i;
		if (!(rules_keydefs[i].secs & p->sec->kind))
			continue;
		d = edit_distance(name, rules_keydefs[i].name);
		if (d < bestd) {
			bestd = d;
			best = rules_keydefs[i].name;
		}
	}
	if (where >= 0) {
		ERR(p->rc, p->file, p->lineno, "key '%s' is not allowed in %s",
		    name, sec_kind_name(p->sec->kind));
	} else if (best != NULL && bestd <= (strlen(name) >= 4 ? 2u : 1u)) {
		ERR(p->rc, p->file, p->lineno, "unknown key '%s' (did you mean "
		    "'%s'?)", name, best);
	} else {
		ERR(p->rc, p->file, p->lineno, "unknown key '%s'", name);
	}
}

static void
add_value_line(struct parser *p, const char *value)
{
	struct vline *vl;

	if ((vl = rules_vec_push(&p->kv->lines, &p->kv->n_lines,
	    sizeof(*vl))) == NULL || (vl->s = strdup(value)) == NULL) {
		if (vl != NULL)
			p->kv->n_lines--;
		p->rc->oom = true;
		return;
	}
	vl->line = p->lineno;
}

static void
begin_key(struct parser *p, const char *name, const char *value)
{
	struct kv *kv, **slot;
	bool append = name[0] == '+';
	const char *base = name + append;
	size_t i;
	int key = -1;

	p->kv = NULL;
	if (p->sec == NULL) {
		if (!p->bad_section)
			ERR(p->rc, p->file, p->lineno, "key '%s' outside of any "
			    "section: start with [defaults], [ignore], [ID] or "
			    "[ID/ITEM]", name);
		return;
	}
	if (base[0] == '\0') {
		ERR(p->rc, p->file, p->lineno, "missing key name before '='");
		return;
	}
	for (i = 0; i < K__COUNT; i++)
		if (strcmp(rules_keydefs[i].name, base) == 0 &&
		    (rules_keydefs[i].secs & p->sec->kind))
			key = (int)i;
	if (key < 0) {
		report_unknown_key(p, base);
		return;
	}
	if (append && p->layer == RULES_LAYER_PACK) {
		ERR(p->rc, p->file, p->lineno, "'+%s' is only allowed in a site "
		    "drop-in: in the pack write '%s ='", base, base);
		return;
	}
	if (append && rules_keydefs[key].kind != KK_PATTERN &&
	    rules_keydefs[key].kind != KK_TERMS) {
		ERR(p->rc, p->file, p->lineno, "'+%s': only pattern keys (name, "
		    "title, terms, content_all, content_any, name_any, exclude, "
		    "path, rows) can "
		    "be appended to", base);
		return;
	}
	for (i = 0; i < p->sec->n_kvs; i++) {
		if (p->sec->kvs[i]->key == (enum key_id)key) {
			ERR(p->rc, p->file, p->lineno, "duplicate key '%s' "
			    "(first at line %d); to continue a value, indent "
			    "the line", base, p->sec->kvs[i]->line);
			return;
		}
	}
	if ((kv = calloc(1, sizeof(*kv))) == NULL)
		goto oom;
	if ((slot = rules_vec_push(&p->sec->kvs, &p->sec->n_kvs,
	    sizeof(*slot))) == NULL) {
		free(kv);
		goto oom;
	}
	*slot = kv;
	kv->key = (enum key_id)key;
	kv->append = append;
	kv->enabled = true;
	kv->file = p->file;
	kv->line = p->lineno;
	p->kv = kv;
	add_value_line(p, value);
	return;
oom:
	p->rc->oom = true;
}

static void
finalize_kv(struct parser *p)
{
	if (p->kv != NULL) {
		rules_kv_finalize(p->rc, p->kv, p->layer);
		if (p->sec != NULL && p->sec->kind == SEC_VOCAB)
			rules_vocab_define(p->rc, p->sec, p->kv);
	}
	p->kv = NULL;
}

static int
ini_on_value(void *user, const char *section, const char *name,
    const char *value)
{
	struct parser *p = user;

	(void)section;
	char *v, *end;

	if (p->kind == LK_KEY) {
		begin_key(p, name, value);
	} else if (p->kind == LK_CONT && p->kv != NULL) {
		/*
		 * inih 55 keeps inline comments on continuation lines; the
		 * format says " ;" starts a comment everywhere, and a pattern
		 * with a comment glued on would silently never match.
		 */
		if ((v = strdup(value)) == NULL) {
			p->rc->oom = true;
			return 1;
		}
		end = v + (find_chars_or_comment(v, NULL) - v);
		while (end > v && rules_is_ws((unsigned char)end[-1]))
			end--;
		*end = '\0';
		add_value_line(p, v);
		free(v);
	}
	/* Always "success": we record errors ourselves, with their lines. */
	return 1;
}

static bool
valid_id(const char *s, bool clause)
{
	const char *c;

	if (s[0] == '\0' || strlen(s) > RULES_ID_MAX)
		return false;
	if (clause && !rules_is_alnum_ascii((unsigned char)s[0]))
		return false;
	for (c = s; *c != '\0'; c++)
		if (!rules_is_alnum_ascii((unsigned char)*c) && *c != '.' &&
		    *c != '_' && *c != '-')
			return false;
	return true;
}

bool
rules_is_numeric_id(const char *s)
{
	return s[0] != '\0' && strspn(s, "0123456789") == strlen(s);
}

/* Key of a section in sec_index (ids never hold '/'); g_free() it. */
static char *
section_key(enum sec_kind kind, enum rules_layer layer, const char *cid,
    const char *iid)
{
	return g_strdup_printf("%d/%d/%s/%s", (int)kind, (int)layer,
	    cid != NULL ? cid : "", iid != NULL ? iid : "");
}

/* The first section of this kind, layer and ids, or NULL. */
static struct section *
find_pack_section(struct rules_compiler *rc, enum sec_kind kind,
    enum rules_layer layer, const char *cid, const char *iid)
{
	char *key = section_key(kind, layer, cid, iid);
	struct section *s = g_hash_table_lookup(rc->sec_index, key);

	g_free(key);
	return s;
}

/* A "[...]" line; name is the text between the brackets (modifiable). */
static void
begin_section(struct parser *p, char *name)
{
	struct rules_compiler *rc = p->rc;
	struct section *s = NULL, *prev, **slot;
	enum sec_kind kind;
	char *slash, *cid = NULL, *iid = NULL, *key;

	p->sec = NULL;
	p->bad_section = true;
	if (strcmp(name, "defaults") == 0) {
		kind = SEC_DEFAULTS;
	} else if (strcmp(name, "ignore") == 0) {
		kind = SEC_IGNORE;
	} else if (strncmp(name, "vocab ", 6) == 0) {
		kind = SEC_VOCAB;
		iid = g_strstrip(name + 6);
		if (iid[0] == '\0' || strpbrk(iid, "{}/ \t") != NULL) {
			ERR(rc, p->file, p->lineno, "bad vocabulary name in "
			    "'[%s]': give [vocab NAME], NAME without spaces, "
			    "braces or '/'", name);
			return;
		}
		if (g_hash_table_contains(rc->vocab, iid)) {
			ERR(rc, p->file, p->lineno, "duplicate vocabulary "
			    "'%s'", iid);
			return;
		}
	} else if (strcasecmp(name, "defaults") == 0 ||
	    strcasecmp(name, "ignore") == 0) {
		ERR(rc, p->file, p->lineno, "unknown section '[%s]' (did you "
		    "mean '[%s]'?)", name,
		    strcasecmp(name, "ignore") == 0 ? "ignore" : "defaults");
		return;
	} else {
		slash = strchr(name, '/');
		if (name[0] == '\0' || (slash != NULL &&
		    strchr(slash + 1, '/') != NULL)) {
			ERR(rc, p->file, p->lineno, "unknown section '[%s]': "
			    "expected [defaults], [ignore], [ID] or [ID/ITEM]",
			    name);
			return;
		}
		if (slash != NULL)
			*slash = '\0';
		kind = slash != NULL ? SEC_ITEM : SEC_CLAUSE;
		if (!valid_id(name, true)) {
			ERR(rc, p->file, p->lineno, "invalid clause id '%s': "
			    "use letters, digits, '.', '_' and '-', starting "
			    "with a letter or digit", name);
			return;
		}
		if (rules_is_numeric_id(name) && name[0] == '0') {
			ERR(rc, p->file, p->lineno, "invalid clause id '%s': "
			    "no leading zeros", name);
			return;
		}
		if (slash != NULL && !valid_id(slash + 1, false)) {
			ERR(rc, p->file, p->lineno, "invalid item id '%s': use "
			    "letters, digits, '.', '_' and '-'", slash + 1);
			return;
		}
		cid = name;
		iid = slash != NULL ? slash + 1 : NULL;
	}

	if (kind == SEC_DEFAULTS && (prev = find_pack_section(rc, kind,
	    p->layer, NULL, NULL)) != NULL) {
		ERR(rc, p->file, p->lineno, "duplicate [defaults] section in "
		    "the %s (first at %s:%d)", p->layer == RULES_LAYER_PACK ?
		    "pack" : "site drop-ins", prev->file, prev->line);
		return;
	}
	if (p->layer == RULES_LAYER_PACK && (kind == SEC_CLAUSE ||
	    kind == SEC_ITEM) && (prev = find_pack_section(rc, kind,
	    RULES_LAYER_PACK, cid, iid)) != NULL) {
		if (kind == SEC_CLAUSE)
			ERR(rc, p->file, p->lineno, "duplicate clause %s (first "
			    "defined at %s:%d)", cid, prev->file, prev->line);
		else
			ERR(rc, p->file, p->lineno, "duplicate item %s/%s "
			    "(first defined at %s:%d)", cid, iid, prev->file,
			    prev->line);
		return;
	}

	if ((s = calloc(1, sizeof(*s))) == NULL ||
	    (cid != NULL && (s->clause_id = strdup(cid)) == NULL) ||
	    (iid != NULL && (s->item_id = strdup(iid)) == NULL) ||
	    (slot = rules_vec_push(&rc->secs, &rc->n_secs,
	    sizeof(*slot))) == NULL) {
		rules_section_free(s);
		rc->oom = true;
		return;
	}
	*slot = s;
	s->kind = kind;
	s->layer = p->layer;
	s->file = p->file;
	s->line = p->lineno;
	key = section_key(kind, p->layer, cid, iid);
	if (g_hash_table_contains(rc->sec_index, key))
		g_free(key);
	else
		g_hash_table_insert(rc->sec_index, key, s);
	p->sec = s;
	p->bad_section = false;
}

/* A continuation line that reads "levels = 1 2" is a mis-indented key. */
static void
check_cont_looks_like_key(struct parser *p, const char *st)
{
	size_t i, n;

	if (*st == '+')
		st++;
	n = strspn(st, "abcdefghijklmnopqrstuvwxyz_");
	if (n == 0)
		return;
	for (i = 0; i < K__COUNT; i++) {
		if (strlen(rules_keydefs[i].name) == n &&
		    strncmp(rules_keydefs[i].name, st, n) == 0)
			break;
	}
	if (i == K__COUNT)
		return;
	st += n;
	while (rules_is_ws((unsigned char)*st))
		st++;
	if (*st == '=')
		WARN(p->rc, p->file, p->lineno, "indented line looks like key "
		    "'%s' but continues the previous value: keys must start "
		    "in column 1", rules_keydefs[i].name);
}

/*
 * Classify one raw line (len bytes, no newline) the way inih will and
 * update our state.  Returns the text to hand to inih instead of the line
 * when the line was rejected, else NULL.
 */
static const char *
classify_line(struct parser *p, const char *raw, size_t len, size_t max)
{
	enum { BLANK, COMMENT, CONT, SECTION, KEY } kind;
	const char *bad = NULL, *st, *end;
	char *line, *body;
	const char *standin = NULL;

	p->kind = LK_NONE;
	if (len > max)
		ERR(p->rc, p->file, p->lineno, "line too long (%zu bytes, at "
		    "most %zu): continue the value on an indented line", len,
		    max);
	if (len > max)
		bad = "";
	else if (memchr(raw, '\0', len) != NULL)
		bad = "NUL byte in line";
	else if (!g_utf8_validate(raw, (gssize)len, NULL))
		bad = "invalid UTF-8 (rule files must be UTF-8)";
	if (bad != NULL && bad[0] != '\0')
		ERR(p->rc, p->file, p->lineno, "%s", bad);

	if ((line = strndup(raw, len)) == NULL) {
		p->rc->oom = true;
		return ";";
	}
	body = line;
	if (p->lineno == 1 && strncmp(body, "\xEF\xBB\xBF", 3) == 0)
		body += 3;
	st = body;
	while (rules_is_ws((unsigned char)*st))
		st++;
	if (*st == '\0')
		kind = BLANK;
	else if (*st == ';' || *st == '#')
		kind = COMMENT;
	else if (p->prev_name && st > line)
		kind = CONT;
	else if (*st == '[')
		kind = SECTION;
	else
		kind = KEY;

	if (bad != NULL) {
		/* Stand-ins with the same effect on inih's state as ours. */
		switch (kind) {
		case SECTION:
			finalize_kv(p);
			p->sec = NULL;
			p->bad_section = true;
			p->prev_name = false;
			standin = "[]";
			break;
		case KEY:
			finalize_kv(p);
			end = find_chars_or_comment(st, "=:");
			if (*end == '=' || *end == ':') {
				while (end > st &&
				    rules_is_ws((unsigned char)end[-1]))
					end--;
				line[end - line] = '\0';
				begin_key(p, st, "");
				if (p->kv != NULL)
					p->kv->broken = true;
			}
			p->prev_name = true;
			standin = "x=";
			break;
		default:
			standin = ";";
			break;
		}
		goto done;
	}

	switch (kind) {
	case BLANK:
	case COMMENT:
		break;
	case CONT:
		if (p->kv != NULL) {
			p->kind = LK_CONT;
			check_cont_looks_like_key(p, st);
		}
		break;
	case SECTION:
		finalize_kv(p);
		end = find_chars_or_comment(st + 1, "]");
		if (*end != ']') {
			ERR(p->rc, p->file, p->lineno, "missing ']' in section "
			    "header");
			p->sec = NULL;
			p->bad_section = true;
			break;
		}
		p->prev_name = false;
		line[end - line] = '\0';
		begin_section(p, line + (st + 1 - line));
		for (end++; rules_is_ws((unsigned char)*end); end++)
			;
		if (*end != '\0' && *end != ';' && *end != '#')
			ERR(p->rc, p->file, p->lineno, "unexpected text after "
			    "']': '%s'", end);
		break;
	case KEY:
		finalize_kv(p);
		end = find_chars_or_comment(st, "=:");
		if (*end != '=' && *end != ':') {
			ERR(p->rc, p->file, p->lineno, "expected 'key = value', "
			    "'[section]' or a comment; to continue a value, "
			    "indent the line");
			break;
		}
		/* inih keeps the name only when it is not empty. */
		while (end > st && rules_is_ws((unsigned char)end[-1]))
			end--;
		p->prev_name = end > st;
		p->kind = LK_KEY;
		break;
	}
done:
	free(line);
	return standin;
}

static char *
ini_read_line(char *str, int num, void *stream)
{
	struct parser *p = stream;
	const char *s, *nl, *standin;
	size_t len, max;

	if (p->pos >= p->len || num < 2)
		return NULL;
	s = p->buf + p->pos;
	nl = memchr(s, '\n', p->len - p->pos);
	len = nl != NULL ? (size_t)(nl - s) : p->len - p->pos;
	p->pos += len + (nl != NULL);
	p->lineno++;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	max = (size_t)num - 1;
	if ((standin = classify_line(p, s, len, max)) != NULL) {
		snprintf(str, (size_t)num, "%s", standin);
		return str;
	}
	memcpy(str, s, len);
	str[len] = '\0';
	return str;
}

static int
parse_buffer(struct rules_compiler *rc, const char *file, const char *buf,
    size_t len, enum rules_layer layer)
{
	struct parser p;
	int r;

	memset(&p, 0, sizeof(p));
	p.rc = rc;
	p.file = file;
	p.layer = layer;
	p.buf = buf;
	p.len = len;
	r = ini_parse_stream(ini_read_line, &p, ini_on_value, &p);
	finalize_kv(&p);
	if (r == -2) {
		rc->oom = true;
		ERR(rc, file, 0, "out of memory");
		return -ENOMEM;
	}
	return 0;
}

/* Keep a copy of the name for the ruleset's files[]; NULL on ENOMEM. */
static const char *
add_file_name(struct rules_compiler *rc, const char *name)
{
	char *copy, **slot;

	if ((copy = strdup(name)) == NULL)
		goto oom;
	if ((slot = rules_vec_push(&rc->files, &rc->n_files, sizeof(*slot))) ==
	    NULL) {
		free(copy);
		goto oom;
	}
	*slot = copy;
	return copy;
oom:
	rc->oom = true;
	return NULL;
}

int
rules_compiler_add_string(struct rules_compiler *rc, const char *name,
    const char *text, enum rules_layer layer)
{
	const char *file;

	if (rc == NULL || name == NULL || text == NULL || rc->finished)
		return -EINVAL;
	if ((file = add_file_name(rc, name)) == NULL)
		return -ENOMEM;
	return parse_buffer(rc, file, text, strlen(text), layer);
}

/* Read a whole rule file, refusing anything but a small regular file. */
static int
add_file(struct rules_compiler *rc, const char *path, enum rules_layer layer)
{
	struct stat st;
	const char *file;
	char *buf = NULL, *nbuf;
	size_t len = 0, cap;
	ssize_t n;
	int fd, ret = 0;

	/* O_NONBLOCK: a FIFO named as a rule file must be refused by the
	 * fstat() below, not hang lint or the daemon in open() waiting for
	 * a writer.  Regular files ignore the flag. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC |
	    O_NOCTTY)) < 0 || fstat(fd, &st) < 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		ret = -EINVAL;
		ERR(rc, path, 0, "not a regular file");
		goto out;
	}
	/* st_size may lie (growing file, procfs): grow up to the limit. */
	cap = st.st_size > 0 && (uintmax_t)st.st_size < RULES_FILE_MAX ?
	    (size_t)st.st_size + 1 : 4096;
	for (;;) {
		if (len == cap || buf == NULL) {
			if (buf != NULL)
				cap = cap * 2 > RULES_FILE_MAX + 1 ?
				    RULES_FILE_MAX + 1 : cap * 2;
			if ((nbuf = realloc(buf, cap)) == NULL) {
				ret = -ENOMEM;
				rc->oom = true;
				goto out;
			}
			buf = nbuf;
		}
		if (len > RULES_FILE_MAX)
			break;
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ret = -errno;
			ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
			goto out;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > RULES_FILE_MAX) {
		ret = -EFBIG;
		ERR(rc, path, 0, "file too large (more than %u bytes)",
		    RULES_FILE_MAX);
		goto out;
	}
	if ((file = add_file_name(rc, path)) == NULL) {
		ret = -ENOMEM;
		goto out;
	}
	ret = parse_buffer(rc, file, buf, len, layer);
out:
	free(buf);
	if (fd >= 0)
		close(fd);
	return ret;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
add_dir(struct rules_compiler *rc, const char *path, DIR *d,
    enum rules_layer layer)
{
	struct dirent *de;
	struct stat st;
	char **names = NULL, **slot, *full = NULL;
	size_t n = 0, i, nl;
	const char *sep;
	int ret = 0;

	sep = path[0] != '\0' && path[strlen(path) - 1] == '/' ? "" : "/";
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		nl = strlen(de->d_name);
		if (de->d_name[0] == '.' || nl <= 6 ||
		    strcmp(de->d_name + nl - 6, ".rules") != 0)
			continue;
		if ((slot = rules_vec_push(&names, &n,
		    sizeof(*slot))) == NULL ||
		    (*slot = strdup(de->d_name)) == NULL) {
			if (slot != NULL)
				n--;
			rc->oom = true;
			ret = -ENOMEM;
			goto out;
		}
	}
	if (errno != 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read directory: %s", strerror(-ret));
		goto out;
	}
	if (n == 0) {
		WARN(rc, path, 0, "no *.rules files in directory");
		goto out;
	}
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		if (asprintf(&full, "%s%s%s", path, sep, names[i]) < 0) {
			full = NULL;
			rc->oom = true;
			ret = -ENOMEM;
			goto out;
		}
		if (stat(full, &st) == 0 && !S_ISREG(st.st_mode))
			WARN(rc, full, 0, "not a regular file, skipped");
		else
			(void)add_file(rc, full, layer);
		free(full);
		full = NULL;
	}
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(full);
	return ret;
}

int
rules_compiler_add_path(struct rules_compiler *rc, const char *path,
    enum rules_layer layer)
{
	struct stat st;
	DIR *d;
	int ret;

	if (rc == NULL || path == NULL || rc->finished)
		return -EINVAL;
	if (stat(path, &st) < 0) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read: %s", strerror(-ret));
		return ret;
	}
	if (!S_ISDIR(st.st_mode))
		return add_file(rc, path, layer);
	if ((d = opendir(path)) == NULL) {
		ret = -errno;
		ERR(rc, path, 0, "cannot read directory: %s", strerror(-ret));
		return ret;
	}
	ret = add_dir(rc, path, d, layer);
	closedir(d);
	return ret;
}
