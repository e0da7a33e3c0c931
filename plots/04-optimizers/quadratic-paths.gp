# quadratic-paths.gp: re-render with `gnuplot quadratic-paths.gp` from this folder (writes quadratic-paths.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1000,720 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1000,720 noenhanced
}
if (!exists('outfile')) outfile = 'quadratic-paths.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Quadratic: f = 0.1x² + 2y²' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.0:3.0]
set key outside right top opaque box lc rgb '#cccccc'
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-paths.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-paths.dat' index 1 using 1:2 with linespoints lc rgb '#1f77b4' lw 1.5 dt 1 pt 7 ps 0.4 title 'gd', \
  'quadratic-paths.dat' index 2 using 1:2 with linespoints lc rgb '#ff7f0e' lw 1.5 dt 2 pt 7 ps 0.4 title 'momentum', \
  'quadratic-paths.dat' index 3 using 1:2 with linespoints lc rgb '#2ca02c' lw 1.5 dt 4 pt 7 ps 0.4 title 'nesterov', \
  'quadratic-paths.dat' index 4 using 1:2 with linespoints lc rgb '#d62728' lw 1.5 dt 5 pt 7 ps 0.4 title 'adagrad', \
  'quadratic-paths.dat' index 5 using 1:2 with linespoints lc rgb '#9467bd' lw 1.5 dt 3 pt 7 ps 0.4 title 'rmsprop', \
  'quadratic-paths.dat' index 6 using 1:2 with linespoints lc rgb '#8c564b' lw 1.5 dt 1 pt 7 ps 0.4 title 'adam', \
  'quadratic-paths.dat' index 7 using 1:2 with linespoints lc rgb '#e377c2' lw 1.5 dt 2 pt 7 ps 0.4 title 'adamw', \
  'quadratic-paths.dat' index 8 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-paths.dat' index 9 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-paths.dat' index 10 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.3 notitle, \
  'quadratic-paths.dat' index 11 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 5 ps 1.3 notitle, \
  'quadratic-paths.dat' index 12 using 1:2 with points lc rgb '#2ca02c' lw 2.0 pt 9 ps 1.3 notitle, \
  'quadratic-paths.dat' index 13 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 11 ps 1.3 notitle, \
  'quadratic-paths.dat' index 14 using 1:2 with points lc rgb '#9467bd' lw 2.0 pt 13 ps 1.3 notitle, \
  'quadratic-paths.dat' index 15 using 1:2 with points lc rgb '#8c564b' lw 2.0 pt 15 ps 1.3 notitle, \
  'quadratic-paths.dat' index 16 using 1:2 with points lc rgb '#e377c2' lw 2.0 pt 7 ps 1.3 notitle
unset output
