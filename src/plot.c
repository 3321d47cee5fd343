/*
** plot.c — draws a dyad's trend with cairo, as SVG or PNG.
**
** Two panels share the time axis: above, the Goldstein sum per period for
** both directions of the dyad (with a zero line and the alert marks of
** sima_series_mark_alerts: a red triangle pointing down for a turn to
** conflict, a green one pointing up for cooperation); below, the number of
** events per period in each direction.  Axes carry "nice" ticks and dates.
*/
#include "sima.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define W   1100.0
#define H   640.0
#define ML  78.0 /* left margin: y labels */
#define MR  24.0
#define MT  54.0 /* title */
#define MB  64.0 /* x labels and legend */
#define GAP 34.0 /* between the panels */

typedef struct panel {
  double x0, y0, w, h; /* device box */
  double lo, hi;       /* value range */
} panel;

static const double col_fwd[3] = {0.80, 0.15, 0.10};
static const double col_back[3] = {0.10, 0.35, 0.75};

/* A "nice" tick step (1, 2 or 5 times a power of ten) for about n ticks. */
static double nice_step(double range, int n) {
  if (range <= 0)
    return 1;
  double raw = range / n, p = pow(10, floor(log10(raw))), f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

static double px(const panel *p, size_t i, size_t n) {
  return p->x0 + (n > 1 ? p->w * (double)i / (double)(n - 1) : p->w / 2);
}

static double py(const panel *p, double v) {
  return p->y0 + p->h - (v - p->lo) / (p->hi - p->lo) * p->h;
}

static void text_at(cairo_t *cr, double x, double y, const char *s, double ax,
                    double ay) {
  cairo_text_extents_t te;
  cairo_text_extents(cr, s, &te);
  cairo_move_to(cr, x - te.width * ax - te.x_bearing,
                y - te.height * ay - te.y_bearing);
  cairo_show_text(cr, s);
}

static void frame(cairo_t *cr, panel *p, const char *ylabel) {
  double step = nice_step(p->hi - p->lo, 5);
  p->lo = floor(p->lo / step) * step;
  p->hi = ceil(p->hi / step) * step;
  if (p->hi <= p->lo)
    p->hi = p->lo + step;
  cairo_set_line_width(cr, 1);
  cairo_set_font_size(cr, 11);
  for (double v = p->lo; v <= p->hi + step / 2; v += step) {
    double y = py(p, v);
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, p->x0, y);
    cairo_line_to(cr, p->x0 + p->w, y);
    cairo_stroke(cr);
    char b[32];
    snprintf(b, sizeof b, "%g", fabs(v) < step / 1e6 ? 0.0 : v);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    text_at(cr, p->x0 - 6, y, b, 1.0, 0.5);
  }
  if (p->lo < 0 && p->hi > 0) {
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    cairo_set_line_width(cr, 1.4);
    cairo_move_to(cr, p->x0, py(p, 0));
    cairo_line_to(cr, p->x0 + p->w, py(p, 0));
    cairo_stroke(cr);
  }
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  cairo_set_line_width(cr, 1);
  cairo_rectangle(cr, p->x0, p->y0, p->w, p->h);
  cairo_stroke(cr);
  cairo_save(cr);
  cairo_move_to(cr, 16, p->y0 + p->h / 2);
  cairo_rotate(cr, -M_PI / 2);
  cairo_set_font_size(cr, 12);
  cairo_text_extents_t te;
  cairo_text_extents(cr, ylabel, &te);
  cairo_rel_move_to(cr, -te.width / 2, 0);
  cairo_show_text(cr, ylabel);
  cairo_restore(cr);
}

static void line(cairo_t *cr, const panel *p, const sima_series *s,
                 const double rgb[3], int counts) {
  cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width(cr, 1.8);
  for (size_t i = 0; i < s->n; i++) {
    double v = counts ? (double)s->p[i].n[0] : s->p[i].gsum;
    if (i == 0)
      cairo_move_to(cr, px(p, i, s->n), py(p, v));
    else
      cairo_line_to(cr, px(p, i, s->n), py(p, v));
  }
  if (s->n == 1)
    cairo_rel_line_to(cr, 1, 0);
  cairo_stroke(cr);
}

static void marks(cairo_t *cr, const panel *p, const sima_series *s) {
  for (size_t i = 0; i < s->n; i++) {
    int a = s->p[i].alert;
    if (!a)
      continue;
    double x = px(p, i, s->n), y = py(p, s->p[i].gsum);
    double d = a < 0 ? 1 : -1; /* conflict: below the point, pointing down */
    cairo_set_source_rgb(cr, a < 0 ? 0.85 : 0.1, a < 0 ? 0.0 : 0.6, 0.0);
    cairo_move_to(cr, x, y + d * 18);
    cairo_line_to(cr, x - 7, y + d * 6);
    cairo_line_to(cr, x + 7, y + d * 6);
    cairo_close_path(cr);
    cairo_fill(cr);
  }
}

static const char *unit_name(sima_period_unit by) {
  return by == SIMA_BY_DAY ? "day" : by == SIMA_BY_WEEK ? "week" : "month";
}

static void draw(cairo_t *cr, const char *src, const char *tgt,
                 sima_period_unit by, const sima_series *f,
                 const sima_series *b) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  double ph = (H - MT - MB - GAP);
  panel top = {ML, MT, W - ML - MR, ph * 0.62, 0, 0};
  panel bot = {ML, MT + ph * 0.62 + GAP, W - ML - MR, ph * 0.38, 0, 0};
  for (size_t i = 0; i < f->n; i++) {
    const sima_period *q[2] = {&f->p[i], &b->p[i]};
    for (int k = 0; k < 2; k++) {
      if (q[k]->gsum < top.lo)
        top.lo = q[k]->gsum;
      if (q[k]->gsum > top.hi)
        top.hi = q[k]->gsum;
      if ((double)q[k]->n[0] > bot.hi)
        bot.hi = (double)q[k]->n[0];
    }
  }
  if (top.hi - top.lo < 1)
    top.hi = top.lo + 1;
  if (bot.hi < 1)
    bot.hi = 1;
  /* room for the alert marks */
  double pad = (top.hi - top.lo) * 0.08;
  top.lo -= pad;
  top.hi += pad;

  char title[256];
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_font_size(cr, 16);
  snprintf(title, sizeof title, "%s and %s: Goldstein sum and events per %s",
           src, tgt, unit_name(by));
  text_at(cr, W / 2, 22, title, 0.5, 0.5);
  frame(cr, &top, "Goldstein sum");
  frame(cr, &bot, "events");
  if (f->n) {
    line(cr, &top, b, col_back, 0);
    line(cr, &top, f, col_fwd, 0);
    marks(cr, &top, b);
    marks(cr, &top, f);
    line(cr, &bot, b, col_back, 1);
    line(cr, &bot, f, col_fwd, 1);
  } else {
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    text_at(cr, W / 2, MT + ph * 0.3, "no events", 0.5, 0.5);
  }
  /* date ticks on both panels, labels under the lower one */
  cairo_set_font_size(cr, 11);
  size_t nt = f->n < 8 ? f->n : 8;
  for (size_t t = 0; t < nt; t++) {
    size_t i = nt > 1 ? t * (f->n - 1) / (nt - 1) : 0;
    char d[11];
    sima_day_format(f->p[i].day, d);
    if (by == SIMA_BY_MONTH)
      d[7] = '\0';
    double x = px(&bot, i, f->n);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_move_to(cr, x, top.y0 + top.h);
    cairo_line_to(cr, x, top.y0 + top.h + 4);
    cairo_move_to(cr, x, bot.y0 + bot.h);
    cairo_line_to(cr, x, bot.y0 + bot.h + 4);
    cairo_stroke(cr);
    text_at(cr, x, bot.y0 + bot.h + 14, d,
            t == 0        ? 0.0
            : t + 1 == nt ? 1.0
                          : 0.5,
            0.5);
  }
  /* legend */
  char lf[96], lb[96];
  snprintf(lf, sizeof lf, "%s -> %s", src, tgt);
  snprintf(lb, sizeof lb, "%s -> %s", tgt, src);
  double ly = H - 18, lx = ML;
  const char *labels[4] = {lf, lb, "alert: turn to conflict",
                           "alert: turn to cooperation"};
  for (int k = 0; k < 4; k++) {
    if (k < 2) {
      const double *c = k == 0 ? col_fwd : col_back;
      cairo_set_source_rgb(cr, c[0], c[1], c[2]);
      cairo_set_line_width(cr, 2.5);
      cairo_move_to(cr, lx, ly);
      cairo_line_to(cr, lx + 22, ly);
      cairo_stroke(cr);
    } else {
      double d = k == 2 ? 1 : -1;
      cairo_set_source_rgb(cr, k == 2 ? 0.85 : 0.1, k == 2 ? 0.0 : 0.6, 0.0);
      cairo_move_to(cr, lx + 11, ly + d * 6);
      cairo_line_to(cr, lx + 4, ly - d * 6);
      cairo_line_to(cr, lx + 18, ly - d * 6);
      cairo_close_path(cr);
      cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_text_extents_t te;
    cairo_text_extents(cr, labels[k], &te);
    text_at(cr, lx + 28, ly, labels[k], 0.0, 0.5);
    lx += 28 + te.x_advance + 30;
  }
}

static int ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

sima_status sima_plot_trend(const char *path, const char *src, const char *tgt,
                            sima_period_unit by, const sima_series *fwd,
                            const sima_series *back, sima_error *err) {
  int svg = ends_with(path, ".svg"), png = ends_with(path, ".png");
  if (!svg && !png)
    return sima_error_set(err, SIMA_ERR_USAGE,
                          "%s: the plot file must end in .svg or .png", path);
  if (fwd->n != back->n)
    return sima_error_set(err, SIMA_ERR_USAGE, "series of different lengths");
  cairo_surface_t *sf =
      svg ? cairo_svg_surface_create(path, W, H)
          : cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)W, (int)H);
  if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
    sima_status st =
        sima_error_set(err, SIMA_ERR_IO, "%s: cannot write: %s", path,
                       cairo_status_to_string(cairo_surface_status(sf)));
    cairo_surface_destroy(sf);
    return st;
  }
  cairo_t *cr = cairo_create(sf);
  draw(cr, src, tgt, by, fwd, back);
  cairo_status_t cs = cairo_status(cr);
  cairo_destroy(cr);
  if (cs == CAIRO_STATUS_SUCCESS && png)
    cs = cairo_surface_write_to_png(sf, path);
  cairo_surface_finish(sf);
  if (cs == CAIRO_STATUS_SUCCESS)
    cs = cairo_surface_status(sf);
  cairo_surface_destroy(sf);
  /* Release cairo's font caches: a plot is a one-off, and leak checkers
  ** (make SANITIZE=address) would report them. */
  cairo_debug_reset_static_data();
  if (cs != CAIRO_STATUS_SUCCESS)
    return sima_error_set(err, SIMA_ERR_IO, "%s: cannot write the plot: %s",
                          path, cairo_status_to_string(cs));
  return SIMA_OK;
}
