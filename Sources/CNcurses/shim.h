#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H

/* The only C in Byline: ncursesw's wide-character API plus static inline
   accessors for the globals and macros Swift cannot import. */

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/// The standard screen window. The corresponding curses global is `stdscr`.
static inline WINDOW *byline_stdscr(void) { return stdscr; }
/// What curses believes is on the terminal. The corresponding curses global is `curscr`.
static inline WINDOW *byline_curscr(void) { return curscr; }
/// Terminal rows. The corresponding curses global is `LINES`.
static inline int byline_lines(void) { return LINES; }
/// Terminal columns. The corresponding curses global is `COLS`.
static inline int byline_cols(void) { return COLS; }
/// Colours the terminal supports. The corresponding curses global is `COLORS`.
static inline int byline_colors(void) { return COLORS; }
/// Colour pairs available. The corresponding curses global is `COLOR_PAIRS`.
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }

/// The corresponding curses macro is `A_NORMAL`.
static inline attr_t byline_attr_normal(void) { return A_NORMAL; }
/// The corresponding curses macro is `A_BOLD`.
static inline attr_t byline_attr_bold(void) { return A_BOLD; }
/// The corresponding curses macro is `A_DIM`.
static inline attr_t byline_attr_dim(void) { return A_DIM; }
/// The corresponding curses macro is `A_ITALIC` (an ncurses extension).
static inline attr_t byline_attr_italic(void) { return A_ITALIC; }
/// The corresponding curses macro is `A_UNDERLINE`.
static inline attr_t byline_attr_underline(void) { return A_UNDERLINE; }
/// The corresponding curses macro is `A_REVERSE`.
static inline attr_t byline_attr_reverse(void) { return A_REVERSE; }

/// The C standard output stream. The corresponding C global is `stdout`.
static inline FILE *byline_stdout(void) { return stdout; }
/// The C standard input stream. The corresponding C global is `stdin`.
static inline FILE *byline_stdin(void) { return stdin; }

/// The default action for a signal. The corresponding C macro is `SIG_DFL`.
static inline __sighandler_t byline_sig_dfl(void) { return SIG_DFL; }

/// The C library's column width of a wide character (-1 if unprintable).
/// Declared here because glibc hides `wcwidth` unless `_XOPEN_SOURCE` is set
/// for the whole module. The corresponding C function is `wcwidth`.
extern int wcwidth(wchar_t c);
static inline int byline_wcwidth(wchar_t c) { return wcwidth(c); }

/// Whether the current locale's character set is UTF-8 (`nl_langinfo(CODESET)`).
static inline int byline_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == 0) return 0;
  return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') &&
         (codeset[2] == 'F' || codeset[2] == 'f') && codeset[3] == '-' && codeset[4] == '8' &&
         codeset[5] == 0;
}

/// Mouse button state bits for `mousemask` and `MEVENT.bstate`.
/// The corresponding curses macro is `BUTTON1_PRESSED`.
static inline mmask_t byline_button1_pressed(void) { return BUTTON1_PRESSED; }
/// The corresponding curses macro is `BUTTON1_RELEASED`.
static inline mmask_t byline_button1_released(void) { return BUTTON1_RELEASED; }
/// The corresponding curses macro is `BUTTON1_CLICKED`.
static inline mmask_t byline_button1_clicked(void) { return BUTTON1_CLICKED; }
/// The corresponding curses macro is `BUTTON1_DOUBLE_CLICKED`.
static inline mmask_t byline_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
/// Wheel up. The corresponding curses macro is `BUTTON4_PRESSED`.
static inline mmask_t byline_button4_pressed(void) { return BUTTON4_PRESSED; }
/// Wheel down. The corresponding curses macro is `BUTTON5_PRESSED` (ncurses mouse version 2).
static inline mmask_t byline_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

#endif
