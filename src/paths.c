/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * paths.c - the rule pack of an installed or an uninstalled binary.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/paths.h"

const char *
paths_default_rules(const char *installed, const char *source_dir,
    char *buf, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t slen = strlen(source_dir);
	struct stat st;
	char *slash;

	if (n <= 0)
		return installed;
	exe[n] = '\0';
	if (slen > 0 && strncmp(exe, source_dir, slen) == 0 &&
	    exe[slen] == '/' && (size_t)snprintf(buf, size, "%s/rules",
	    source_dir) < size && stat(buf, &st) == 0)
		return buf;
	if (stat(installed, &st) == 0 || (slash = strrchr(exe, '/')) == NULL)
		return installed;
	*slash = '\0';
	if ((size_t)snprintf(buf, size, "%s/../rules", exe) < size &&
	    stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
		return buf;
	return installed;
}
