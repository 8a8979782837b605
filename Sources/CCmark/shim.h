#ifndef GUIDES_CCMARK_SHIM_H
#define GUIDES_CCMARK_SHIM_H
#include <cmark.h>
#endif
