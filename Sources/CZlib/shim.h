#ifndef KEAPNRF_CZLIB_SHIM_H
#define KEAPNRF_CZLIB_SHIM_H
#include <zlib.h>
#endif
