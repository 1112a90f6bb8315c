/* bundled.c - data/places.tsv, compiled into the program so that civcas
 * resolves places with nothing installed beside it. The Makefile makes this
 * object depend on the file. */
#include "gazetteer/gazetteer.h"

__asm__(".section .rodata\n"
	".global civcas_places_tsv\n"
	".type civcas_places_tsv, @object\n"
	".balign 16\n"
	"civcas_places_tsv:\n"
	".incbin \"data/places.tsv\"\n"
	".global civcas_places_tsv_end\n"
	"civcas_places_tsv_end:\n"
	".byte 0\n"
	".previous\n");

extern const char civcas_places_tsv[];
extern const char civcas_places_tsv_end[];

const char *gaz_bundled(size_t *len)
{
	*len = (size_t)(civcas_places_tsv_end - civcas_places_tsv);
	return civcas_places_tsv;
}
