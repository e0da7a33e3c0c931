# quadratic-panels.gp: re-render with `gnuplot quadratic-panels.gp` from this folder (writes quadratic-panels.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1600,740 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1600,740 noenhanced
}
if (!exists('outfile')) outfile = 'quadratic-panels.png'
set output outfile
set encoding utf8
set multiplot layout 2,4 title 'Quadratic: one panel per optimizer' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'GD, lr 0.4: f = 0.0006' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 1 using 1:2 with linespoints lc rgb '#1f77b4' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 4 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Momentum, lr 0.1: f = 0.016' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 5 using 1:2 with linespoints lc rgb '#ff7f0e' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 6 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Nesterov, lr 0.1: f = 0.005' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 7 using 1:2 with linespoints lc rgb '#2ca02c' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 8 using 1:2 with points lc rgb '#2ca02c' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'AdaGrad, lr 0.4: f = 0.14' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 9 using 1:2 with linespoints lc rgb '#d62728' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 10 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'RMSprop, lr 0.1: f = 4.7e-06' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 11 using 1:2 with linespoints lc rgb '#9467bd' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 12 using 1:2 with points lc rgb '#9467bd' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Adam, lr 0.1: f = 0.093' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 13 using 1:2 with linespoints lc rgb '#8c564b' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 14 using 1:2 with points lc rgb '#8c564b' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'AdamW, lr 0.1: f = 0.075' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
unset key
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-panels.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-panels.dat' index 15 using 1:2 with linespoints lc rgb '#e377c2' lw 1.5 dt 1 pt 7 ps 0.4 notitle, \
  'quadratic-panels.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-panels.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-panels.dat' index 16 using 1:2 with points lc rgb '#e377c2' lw 2.0 pt 7 ps 1.3 notitle
unset multiplot
unset output
