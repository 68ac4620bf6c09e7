#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

/// The standard screen window. The corresponding curses global is `stdscr`.
static inline WINDOW *byline_stdscr(void) { return stdscr; }
/// Terminal rows. The corresponding curses global is `LINES`.
static inline int byline_lines(void) { return LINES; }
/// Terminal columns. The corresponding curses global is `COLS`.
static inline int byline_cols(void) { return COLS; }

#endif
