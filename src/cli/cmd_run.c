/* cmd_run.c - `civcas run PATH...`: the pipeline in one command. Ingest,
 * then extract every document not yet extracted; link and grade join it
 * when they exist. */
#include <unistd.h>

#include "cli/cli.h"

int cmd_run(struct cmd_ctx *c)
{
	int quiet, store_failed;
	int status = cli_ingest(c, "run", &quiet, &store_failed);
	/* a rejected record does not stop the run: what was stored goes on */
	if (status == EXIT_USAGE || store_failed)
		return status;
	struct cli_extract_opts o = { .progress = !quiet && isatty(2) };
	int extracted = cli_extract(c, &o);
	return extracted > status ? extracted : status;
}
