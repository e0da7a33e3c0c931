# regression-batches.gp: re-render with `gnuplot regression-batches.gp` from this folder (writes regression-batches.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,620 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,620 noenhanced
}
if (!exists('outfile')) outfile = 'regression-batches.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Full batch against minibatch (16) against SGD (1)' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Paths over the loss L(w, b)' font ',13'
set xlabel 'w'
set ylabel 'b'
set xrange [-1.5:3.0]
set yrange [-2.5:2.0]
set key bottom right opaque box lc rgb '#cccccc'
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'regression-batches.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'regression-batches.dat' index 1 using 1:2 with linespoints lc rgb '#1f77b4' lw 1.4 dt 1 pt 7 ps 0.4 title 'gd', \
  'regression-batches.dat' index 2 using 1:2 with lines lc rgb '#ff7f0e' lw 1.4 dt 2 title 'minibatch', \
  'regression-batches.dat' index 3 using 1:2 with lines lc rgb '#2ca02c' lw 0.8 dt 4 title 'sgd', \
  'regression-batches.dat' index 4 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'regression-batches.dat' index 5 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'least squares', \
  'regression-batches.dat' index 6 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.3 notitle, \
  'regression-batches.dat' index 7 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 5 ps 1.3 notitle, \
  'regression-batches.dat' index 8 using 1:2 with points lc rgb '#2ca02c' lw 2.0 pt 9 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Loss on all data' font ',13'
set xlabel 'epoch'
set ylabel 'L(w, b) (log scale)'
set logscale y
set format y '%g'
set key top right opaque box lc rgb '#cccccc'
set arrow from graph 0, first 0.19510515022041441 to graph 1, first 0.19510515022041441 nohead dt 2 lc rgb '#555555'
plot 'regression-batches.dat' index 9 using 1:2 with lines lc rgb '#1f77b4' lw 1.4 dt 1 title 'gd', \
  'regression-batches.dat' index 10 using 1:2 with lines lc rgb '#ff7f0e' lw 1.4 dt 2 title 'minibatch', \
  'regression-batches.dat' index 11 using 1:2 with lines lc rgb '#2ca02c' lw 1.4 dt 4 title 'sgd'
unset multiplot
unset output
