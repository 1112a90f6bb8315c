/* cmd_init.c - `civcas init`: the database is created or migrated by opening
 * it for writing (main does that); this command says what it found. */
#include <stdio.h>

#include "cli/cli.h"

int cmd_init(struct cmd_ctx *c)
{
	if (c->argc > 1)
		return cli_usage_error("init", "init takes no arguments");
	struct store_counts n;
	struct err e;
	if (store_counts(c->store, &n, &e)) {
		err_print(&e);
		return EXIT_FAIL;
	}
	printf("init: %s at schema version %d, %ld documents\n", c->db,
	       store_schema_version(c->store), n.documents);
	return EXIT_OK;
}
