#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would then pull in the
   system ICU, which clashes with the ICU inside Foundation. Byline never
   touches the ICU members of libxml2's structs, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>

/* libxml2's generic error handler is variadic, which Swift cannot define. */
static void byline_xml_ignore_generic(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

static void byline_xml_ignore_structured(void *context, xmlErrorPtr error) {
  (void)context;
  (void)error;
}

/* Silences libxml2's error printing for the calling thread and for threads
   created later (libxml2 keeps these handlers per thread). */
static inline void byline_xml_silence_errors(void) {
  xmlSetGenericErrorFunc(NULL, byline_xml_ignore_generic);
  xmlSetStructuredErrorFunc(NULL, byline_xml_ignore_structured);
  xmlThrDefSetGenericErrorFunc(NULL, byline_xml_ignore_generic);
  xmlThrDefSetStructuredErrorFunc(NULL, byline_xml_ignore_structured);
}

#endif
