#ifndef KEAPNRF_CLIBXML2_SHIM_H
#define KEAPNRF_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, so its headers include the system ICU headers, which clash with the ICU
   module inside Foundation when one Swift module sees both. keapnrf never uses libxml2's ICU-backed encoding
   handlers (readers convert UTF-16 themselves and refuse other encodings), so the ICU part of the headers is
   left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#endif
