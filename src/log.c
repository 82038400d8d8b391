/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * log.c - logging with relayd-style warn/warnx distinction, to stderr or,
 * under systemd, to the journal with a priority per line.
 *
 * The only process-wide state is the program name, the verbosity, the
 * destination and whether a progress line may be on stderr, all set by
 * main().
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <syslog.h>

#include <systemd/sd-journal.h>

#include "evidenced/log.h"
#include "evidenced/pathname.h"

static const char *log_progname = "evidenced";
static enum log_level log_verbosity = LOG_LEVEL_WARN;
static bool log_journal;         /* lines go to the journal */
static bool log_erase_line;     /* a progress line may be on the terminal */

void
log_use_journal(bool on)
{
	log_journal = on;
}

void
log_init(const char *progname, enum log_level level)
{
	if (progname != NULL)
		log_progname = progname;
	log_verbosity = level;
}

void
log_set_level(enum log_level level)
{
	log_verbosity = level;
}

/* A message then starts by erasing the progress line, so that the two
 * never share a line; the next progress update redraws it below. */
void
log_set_erase_line(bool on)
{
	log_erase_line = on;
}

enum log_level
log_get_level(void)
{
	return log_verbosity;
}

static void
log_vemit(enum log_level level, const char *tag, int errnum, const char *fmt,
    va_list ap)
{
	char buf[4096], *safe;

	static const int prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO,
	    LOG_DEBUG };

	if (level > log_verbosity)
		return;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	/*
	 * Messages carry file names from the share: a newline or ESC in one
	 * must not forge a log line or drive the terminal.  Escaping here,
	 * once, covers every caller; callers pass names unescaped.
	 */
	safe = pathname_escape(buf);
	if (log_journal) {
		if (errnum != 0)
			sd_journal_send("MESSAGE=%s: %s", safe != NULL ? safe :
			    "(out of memory)", strerror(errnum),
			    "PRIORITY=%d", prio[level], "ERRNO=%d", errnum,
			    "SYSLOG_IDENTIFIER=%s", log_progname, NULL);
		else
			sd_journal_send("MESSAGE=%s", safe != NULL ? safe :
			    "(out of memory)", "PRIORITY=%d", prio[level],
			    "SYSLOG_IDENTIFIER=%s", log_progname, NULL);
		free(safe);
		return;
	}
	if (log_erase_line)
		fputs("\r\033[K", stderr);
	if (errnum != 0)
		fprintf(stderr, "%s: %s%s: %s\n", log_progname, tag,
		    safe != NULL ? safe : "(out of memory)",
		    strerror(errnum));
	else
		fprintf(stderr, "%s: %s%s\n", log_progname, tag,
		    safe != NULL ? safe : "(out of memory)");
	free(safe);
}

void
log_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_ERROR, "error: ", 0, fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_WARN, "warning: ", saved, fmt, ap);
	va_end(ap);
	errno = saved;
}

void
log_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_WARN, "warning: ", 0, fmt, ap);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_INFO, "", 0, fmt, ap);
	va_end(ap);
}

void
log_debug(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_DEBUG, "debug: ", 0, fmt, ap);
	va_end(ap);
}
