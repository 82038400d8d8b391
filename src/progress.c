/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * progress.c - the progress line of a long scan on a terminal (see
 * progress.h).  Owned by the CLI: it draws "\r<text>\033[K" on one line,
 * at most ten times a second, cut to the terminal's width so that it
 * never wraps, and erases it when done.  The quality manager reads
 * Chinese, so the line does too.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/pathname.h"
#include "evidenced/progress.h"
#include "evidenced/walker.h"

#define PROGRESS_REDRAW_S 0.1   /* at most ten redraws a second */
#define PROGRESS_RATE_S 0.5     /* no rate before this much time */

struct progress {
	int fd;
	double (*now)(void *ctx);
	void *now_ctx;
	double start;           /* of the scan, after counting */
	double last_draw;       /* 0: never drawn since the last clear */
	size_t total;           /* 0: not counted */
	size_t seen;
	bool counting;
	bool drawn;             /* a line is on the terminal */
	char dir[1024];         /* current folder, printable UTF-8 */
};

static double
progress_clock(void *ctx)
{
	struct timespec ts;

	(void)ctx;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct progress *
progress_new_with_clock(int fd, double (*now)(void *ctx), void *ctx)
{
	struct progress *p = calloc(1, sizeof(*p));

	if (p == NULL)
		return NULL;
	p->fd = fd;
	p->now = now != NULL ? now : progress_clock;
	p->now_ctx = ctx;
	p->start = p->now(p->now_ctx);
	return p;
}

struct progress *
progress_new(int fd)
{
	return progress_new_with_clock(fd, NULL, NULL);
}

void
progress_clear(struct progress *p)
{
	static const char erase[] = "\r\033[K";

	if (p == NULL || !p->drawn)
		return;
	/* Best effort: a terminal that went away loses nothing. */
	if (write(p->fd, erase, sizeof(erase) - 1) < 0)
		p->fd = -1;
	p->drawn = false;
}

void
progress_free(struct progress *p)
{
	progress_clear(p);
	free(p);
}

/* Terminal columns of valid UTF-8: wide (CJK) characters take two. */
static size_t
progress_width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		w += g_unichar_iswide(c) ? 2 : g_unichar_iszerowidth(c) ? 0 : 1;
	}
	return w;
}

/* The folder of relpath, decoded (GBK names) and escaped for a terminal. */
static void
progress_set_dir(struct progress *p, const char *relpath)
{
	const char *slash = strrchr(relpath, '/');
	char *raw, *utf8 = NULL, *safe = NULL;
	enum pathname_decoding how;

	if (slash == NULL) {
		snprintf(p->dir, sizeof(p->dir), "%s", "（根目录）");
		return;
	}
	raw = g_strndup(relpath, (gsize)(slash - relpath));
	if (pathname_to_utf8(raw, &utf8, &how) == 0)
		safe = pathname_escape(utf8);
	/* A folder name too long for the buffer keeps its valid head. */
	if (safe != NULL && strlen(safe) >= sizeof(p->dir)) {
		const char *end;

		g_utf8_validate(safe, (gssize)sizeof(p->dir) - 1, &end);
		safe[end - safe] = '\0';
	}
	snprintf(p->dir, sizeof(p->dir), "%s", safe != NULL ? safe : "");
	free(safe);
	free(utf8);
	g_free(raw);
}

static void
format_duration(double s, char *buf, size_t size)
{
	unsigned long t = s > 0 ? (unsigned long)(s + 0.5) : 0;

	if (t >= 3600)
		snprintf(buf, size, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60,
		    t % 60);
	else
		snprintf(buf, size, "%lu:%02lu", t / 60, t % 60);
}

/* The line without the folder, and the folder; returns the length. */
static int
progress_head(struct progress *p, double now, char *buf, size_t size)
{
	double elapsed = now - p->start;
	double rate = elapsed >= PROGRESS_RATE_S ? (double)p->seen / elapsed :
	    0;
	char eta[32], rate_s[48] = "";

	if (p->counting)
		return snprintf(buf, size, "统计文件数… %zu 个  ", p->seen);
	/* A slow share (big PDFs) shows tenths rather than "0". */
	if (rate > 0)
		snprintf(rate_s, sizeof(rate_s), rate < 10 ? "  %.1f 个/秒" :
		    "  %.0f 个/秒", rate);
	if (p->total > 0 && rate > 0 && p->seen <= p->total) {
		format_duration((double)(p->total - p->seen) / rate, eta,
		    sizeof(eta));
		return snprintf(buf, size, "检查 %zu/%zu 个文件%s  剩余约 %s  ",
		    p->seen, p->total, rate_s, eta);
	}
	if (p->total > 0)
		return snprintf(buf, size, "检查 %zu/%zu 个文件%s  ", p->seen,
		    p->total, rate_s);
	return snprintf(buf, size, "检查 %zu 个文件%s  ", p->seen, rate_s);
}

/* The whole line, cut to cols - 1 columns by dropping the head of the
 * folder (its tail says where the scan is). */
static int
progress_line(struct progress *p, double now, size_t cols, char *buf,
    size_t size)
{
	const char *dir = p->dir;
	size_t hw, room;
	int n = progress_head(p, now, buf, size);

	if (n < 0 || (size_t)n >= size)
		return -ENOSPC;
	if (p->counting)
		return n;
	hw = progress_width(buf);
	room = cols > hw + 2 ? cols - 1 - hw : 0;
	if (progress_width(dir) > room) {
		if (room < 2)
			return n;
		while (*dir != '\0' && progress_width(dir) + 1 > room)
			dir = g_utf8_next_char(dir);
		n += snprintf(buf + n, size - (size_t)n, "…");
	}
	n += snprintf(buf + n, size - (size_t)n, "%s", dir);
	return (size_t)n < size ? n : -ENOSPC;
}

int
progress_describe(struct progress *p, char *buf, size_t size)
{
	if (p == NULL)
		return -EINVAL;
	return progress_line(p, p->now(p->now_ctx), 1000, buf, size);
}

static void
progress_draw(struct progress *p, double now)
{
	struct winsize ws;
	size_t cols = 80;
	char line[1200];
	int n;

	if (p->fd < 0)
		return;
	if (ioctl(p->fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		cols = ws.ws_col;
	line[0] = '\r';
	n = progress_line(p, now, cols, line + 1, sizeof(line) - 5);
	if (n < 0)
		return;
	memcpy(line + 1 + n, "\033[K", 3);
	if (write(p->fd, line, (size_t)n + 4) < 0)
		p->fd = -1;
	p->drawn = true;
	p->last_draw = now;
}

void
progress_file(struct progress *p, const char *relpath)
{
	double now;

	if (p == NULL)
		return;
	p->seen++;
	now = p->now(p->now_ctx);
	if (p->drawn && now - p->last_draw < PROGRESS_REDRAW_S)
		return;
	if (!p->counting && relpath != NULL)
		progress_set_dir(p, relpath);
	progress_draw(p, now);
}

struct progress_counter {
	struct progress *p;
	bool (*descend)(const char *relpath, void *ctx);
	void *ctx;
};

static int
count_file(const struct walk_entry *e, void *ctx)
{
	struct progress_counter *c = ctx;

	progress_file(c->p, e->relpath);
	return 0;
}

static bool
count_descend(const char *relpath, void *ctx)
{
	struct progress_counter *c = ctx;

	return c->descend == NULL || c->descend(relpath, c->ctx);
}

void
progress_count(struct progress *p, const char *root,
    bool (*descend)(const char *relpath, void *ctx), void *ctx)
{
	struct progress_counter c = { p, descend, ctx };
	struct walk_callbacks cb;

	if (p == NULL)
		return;
	memset(&cb, 0, sizeof(cb));
	cb.file = count_file;
	cb.descend = count_descend;
	cb.ctx = &c;
	p->counting = true;
	p->seen = 0;
	p->total = walk_tree(root, &cb) == 0 ? p->seen : 0;
	p->counting = false;
	p->seen = 0;
	p->start = p->now(p->now_ctx);
	/* The first file of the walk says so at once: with extraction
	 * workers the whole walk may take less than one redraw interval. */
	p->drawn = false;
}
